/** File output shared by the report writers: atomic writes through a temporary file. */
package io.mtlbalance.reports.output;

/**
 * Rendering of run reports as Markdown and as one self-contained HTML file. The content of a
 * report is gathered in {@link io.mtlbalance.reports.render.ReportDocument}.
 */
package io.mtlbalance.reports.render;

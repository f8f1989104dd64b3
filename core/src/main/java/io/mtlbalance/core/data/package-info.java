/** The dataset contract that trainers read and that the datasets module implements. */
package io.mtlbalance.core.data;

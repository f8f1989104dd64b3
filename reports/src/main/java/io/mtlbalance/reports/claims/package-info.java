/**
 * Verdicts of a run on the claims of the GradNorm paper (Chen et al., ICML 2018), each with
 * the numbers behind it. Entry point: {@link io.mtlbalance.reports.claims.PaperClaims}.
 */
package io.mtlbalance.reports.claims;

/**
 * Report figures rendered with JFreeChart, written as SVG (JFreeSVG) and PNG. Entry point:
 * {@link io.mtlbalance.reports.figures.RunFigures}.
 */
package io.mtlbalance.reports.figures;

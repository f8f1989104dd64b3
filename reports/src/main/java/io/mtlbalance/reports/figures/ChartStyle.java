package io.mtlbalance.reports.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;

/** The shared look of report charts: white background, light grid, a ten-colour palette. */
final class ChartStyle {

    /** Ten colours that stay distinct in print and for common colour-vision deficiencies. */
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)
    };

    static final BasicStroke LINE = new BasicStroke(2.0f);

    private static final Color GRID = new Color(0xdddddd);
    private static final String FONT = "SansSerif";

    private ChartStyle() {}

    /** Returns the colour of the {@code index}-th series; colours repeat after ten. */
    static Paint color(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }

    /** Applies fonts, backgrounds, grid lines and a bottom legend. */
    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(FONT, Font.BOLD, 18));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemFont(new Font(FONT, Font.PLAIN, 13));
        }

        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.GRAY);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            styleAxisFonts(xy.getDomainAxis(), xy.getRangeAxis());
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(GRID);
            styleAxisFonts(category.getDomainAxis(), category.getRangeAxis());
        }
    }

    /** Adds a smaller line under the title, for example how many seeds a line averages. */
    static void addSubtitle(JFreeChart chart, String text) {
        TextTitle subtitle = new TextTitle(text, new Font(FONT, Font.PLAIN, 13));
        subtitle.setPaint(Color.DARK_GRAY);
        chart.addSubtitle(0, subtitle);
    }

    /** Applies the grid colour and axis fonts to one panel of a chart with several panels. */
    static void applyToPanel(XYPlot panel) {
        panel.setBackgroundPaint(Color.WHITE);
        panel.setDomainGridlinePaint(GRID);
        panel.setRangeGridlinePaint(GRID);
        styleAxisFonts(panel.getRangeAxis());
    }

    /** Sets the fonts of each axis; skips a missing axis, such as the shared range axis of a combined plot. */
    private static void styleAxisFonts(Axis... axes) {
        for (Axis axis : axes) {
            if (axis == null) {
                continue;
            }
            axis.setLabelFont(new Font(FONT, Font.PLAIN, 14));
            axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        }
    }
}

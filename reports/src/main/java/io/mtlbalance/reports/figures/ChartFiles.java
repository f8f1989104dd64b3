package io.mtlbalance.reports.figures;

import io.mtlbalance.reports.output.AtomicFiles;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes a JFreeChart as an SVG file (JFreeSVG) and a PNG file of the same size. */
final class ChartFiles {

    static final int WIDTH = 900;
    static final int HEIGHT = 540;

    static {
        // Reports render on servers without a display; an explicit -Djava.awt.headless wins.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartFiles() {}

    /** Writes {@code <name>.svg} and {@code <name>.png} into {@code folder} and returns the figure. */
    static Figure write(JFreeChart chart, Path folder, String name, String caption) throws IOException {
        return write(chart, folder, name, caption, HEIGHT);
    }

    /** Writes the chart {@link #WIDTH} pixels wide and {@code height} pixels high, for charts with several panels. */
    static Figure write(JFreeChart chart, Path folder, String name, String caption, int height) throws IOException {
        String svg = renderSvg(chart, name, height);
        Path svgFile = folder.resolve(name + ".svg");
        Path pngFile = folder.resolve(name + ".png");
        AtomicFiles.write(svgFile, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.write(pngFile, out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, height));
        String title = chart.getTitle() == null ? name : chart.getTitle().getText();
        return new Figure(name, title, caption, svgFile, pngFile, svg);
    }

    private static String renderSvg(JFreeChart chart, String name, int height) {
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, height);
        // A distinct prefix keeps clip-path ids unique when several figures share one HTML page.
        graphics.setDefsKeyPrefix(name.replaceAll("[^A-Za-z0-9]", "") + "-");
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, height));
        // No DOCTYPE: SVG 2 drops it, and its DTD address would be the file's only external reference.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + graphics.getSVGElement() + "\n";
    }
}

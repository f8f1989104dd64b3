package io.mtlbalance.reports.figures;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A rendered figure of a report, written as SVG and PNG.
 *
 * @param name the file name stem, for example {@code normalized-loss}; never null
 * @param title the chart title, never null
 * @param caption one or two sentences on what the figure shows and which trials it averages
 * @param svgFile the SVG file, never null
 * @param pngFile the PNG file, never null
 * @param svgDocument the SVG document as written to {@code svgFile}, for embedding
 */
public record Figure(String name, String title, String caption, Path svgFile, Path pngFile, String svgDocument) {

    /** Checks that no component is null. */
    public Figure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(svgFile, "svgFile");
        Objects.requireNonNull(pngFile, "pngFile");
        Objects.requireNonNull(svgDocument, "svgDocument");
    }
}

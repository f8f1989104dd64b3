package io.mtlbalance.reports.render;

import java.util.List;

/**
 * A table to render as Markdown or HTML: a header row and body rows of cells.
 *
 * @param header the column titles
 * @param rows the body rows, each as long as the header
 */
record TableModel(List<String> header, List<List<Cell>> rows) {

    /** A body cell; {@code emphasized} cells are rendered bold. */
    record Cell(String text, boolean emphasized) {

        static Cell plain(String text) {
            return new Cell(text, false);
        }
    }

    TableModel {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("Row has " + row.size() + " cells but the header has " + header.size());
            }
        }
    }
}

package io.mtlbalance.reports.render;

import io.mtlbalance.reports.figures.Figure;
import java.util.List;
import java.util.Objects;

/**
 * A titled section of a report as a list of blocks, so that Markdown and HTML render the same
 * content.
 *
 * @param title the section heading, never null
 * @param blocks the content in order, never null
 */
record ReportSection(String title, List<ReportSection.Block> blocks) {

    /** A piece of section content. */
    sealed interface Block permits Text, Table, Image, Items {}

    /** A paragraph of plain text. */
    record Text(String text) implements Block {}

    /** A table. */
    record Table(TableModel model) implements Block {}

    /** A figure with its caption and PNG link. */
    record Image(Figure figure) implements Block {}

    /** A bullet list; renderers skip an empty one. */
    record Items(List<String> items) implements Block {

        Items {
            items = List.copyOf(items);
        }
    }

    ReportSection {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }
}

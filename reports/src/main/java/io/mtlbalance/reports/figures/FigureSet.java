package io.mtlbalance.reports.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a report and notes on figures that were not drawn, with the reason.
 *
 * @param figures the rendered figures in report order, never null
 * @param notes one sentence per skipped figure, never null
 */
public record FigureSet(List<Figure> figures, List<String> notes) {

    /** Copies both lists. */
    public FigureSet {
        figures = List.copyOf(figures);
        notes = List.copyOf(notes);
    }

    static FigureSet drawn(Figure figure) {
        return new FigureSet(List.of(figure), List.of());
    }

    static FigureSet skipped(String note) {
        return new FigureSet(List.of(), List.of(note));
    }

    /** Returns this set followed by {@code other}. */
    FigureSet plus(FigureSet other) {
        List<Figure> allFigures = new ArrayList<>(figures);
        allFigures.addAll(other.figures);
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(other.notes);
        return new FigureSet(allFigures, allNotes);
    }
}

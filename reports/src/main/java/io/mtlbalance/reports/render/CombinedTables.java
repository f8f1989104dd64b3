package io.mtlbalance.reports.render;

import io.mtlbalance.reports.render.TableModel.Cell;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Tables that only the combined report of several runs contains. */
final class CombinedTables {

    private CombinedTables() {}

    /** Returns one row per run and one column per claim id, each cell the verdict label. */
    static TableModel verdicts(List<ReportDocument> documents) {
        Set<String> ids = new LinkedHashSet<>();
        documents.forEach(d -> d.claims().forEach(c -> ids.add(c.id())));
        List<String> header = new ArrayList<>(List.of("experiment"));
        header.addAll(ids);

        List<List<Cell>> rows = new ArrayList<>();
        for (ReportDocument document : documents) {
            List<Cell> row = new ArrayList<>(List.of(Cell.plain(document.experiment())));
            for (String id : ids) {
                String verdict = document.claims().stream().filter(c -> c.id().equals(id)).findFirst()
                        .map(claim -> claim.verdict().label()).orElse("–");
                row.add(Cell.plain(verdict));
            }
            rows.add(row);
        }
        return new TableModel(header, rows);
    }

    /** Returns "id: statement" for each claim id, in order of first appearance. */
    static List<String> claimStatements(List<ReportDocument> documents) {
        Set<String> statements = new LinkedHashSet<>();
        documents.forEach(d -> d.claims().forEach(c -> statements.add(c.id() + ": " + c.claim())));
        return List.copyOf(statements);
    }
}

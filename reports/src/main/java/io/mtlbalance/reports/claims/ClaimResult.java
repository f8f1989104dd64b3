package io.mtlbalance.reports.claims;

import java.util.List;
import java.util.Objects;

/**
 * The verdict of a run on one paper claim, with the numbers behind it.
 *
 * @param id a short id such as {@code C1}, never null
 * @param claim the claim in one sentence, never null
 * @param verdict how the run relates to the claim, never null
 * @param summary one sentence that states the verdict and the deciding numbers, never null
 * @param evidence further lines of numbers, possibly empty, never null
 */
public record ClaimResult(String id, String claim, Verdict verdict, String summary, List<String> evidence) {

    /** Checks that no component is null and copies the evidence. */
    public ClaimResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(summary, "summary");
        evidence = List.copyOf(evidence);
    }
}

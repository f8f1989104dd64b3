package io.mtlbalance.reports.claims;

/** The verdict of a run on one claim of the GradNorm paper. */
public enum Verdict {
    /** The run's numbers support the claim. */
    AGREES("agrees"),
    /** The run's numbers contradict the claim. */
    DISAGREES("disagrees"),
    /** The run lacks the strategies, tasks or finished trials the claim needs. */
    NOT_TESTED("not tested");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** Returns the lower-case label reports print, for example {@code not tested}. */
    public String label() {
        return label;
    }
}

package io.mtlbalance.reports;

import io.mtlbalance.reports.protocols.DeltaConvention;
import java.util.Objects;

/**
 * Choices that change what a report shows, passed to {@link ReportGenerator#ReportGenerator(ReportOptions)}.
 * Immutable; build with {@link #builder()}:
 *
 * <pre>{@code
 * ReportOptions options = ReportOptions.builder()
 *         .deltaConvention(DeltaConvention.ALL_METRICS_NEGATIVE_BETTER)
 *         .build();
 * new ReportGenerator(options).generate(runDirectory);
 * }</pre>
 */
public final class ReportOptions {

    private final DeltaConvention deltaConvention;

    private ReportOptions(Builder builder) {
        this.deltaConvention = builder.deltaConvention;
    }

    /** Returns the options of {@link ReportGenerator#ReportGenerator()}: Δm% over primary metrics, positive = better. */
    public static ReportOptions defaults() {
        return builder().build();
    }

    /** Returns a builder that starts from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the convention of the Δm% column; {@link DeltaConvention#PRIMARY_POSITIVE_BETTER} by default. */
    public DeltaConvention deltaConvention() {
        return deltaConvention;
    }

    @Override
    public String toString() {
        return "ReportOptions[deltaConvention=" + deltaConvention + "]";
    }

    /** Collects report options; not thread-safe. */
    public static final class Builder {

        private DeltaConvention deltaConvention = DeltaConvention.PRIMARY_POSITIVE_BETTER;

        private Builder() {}

        /**
         * Sets how Δm% against the single-task baselines is computed and labelled.
         *
         * @param convention never null
         * @return this builder
         */
        public Builder deltaConvention(DeltaConvention convention) {
            this.deltaConvention = Objects.requireNonNull(convention,
                    "deltaConvention must not be null; use PRIMARY_POSITIVE_BETTER or ALL_METRICS_NEGATIVE_BETTER");
            return this;
        }

        /** Returns the options. */
        public ReportOptions build() {
            return new ReportOptions(this);
        }
    }
}

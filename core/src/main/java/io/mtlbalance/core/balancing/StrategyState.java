package io.mtlbalance.core.balancing;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A snapshot of a strategy's learned state (weights, optimizer moments, initial losses) as
 * named vectors, so checkpoints can persist any strategy without knowing its class.
 */
public final class StrategyState {

    /** The state of a strategy that keeps none. */
    public static final StrategyState EMPTY = new StrategyState(Map.of());

    private final Map<String, double[]> vectors;

    private StrategyState(Map<String, double[]> vectors) {
        this.vectors = vectors;
    }

    /** Returns a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the names of the stored vectors, in insertion order. */
    public Set<String> names() {
        return Collections.unmodifiableSet(vectors.keySet());
    }

    /**
     * Returns a copy of the vector {@code name}.
     *
     * @throws IllegalArgumentException if the state has no such vector
     */
    public double[] vector(String name) {
        double[] vector = vectors.get(name);
        if (vector == null) {
            throw new IllegalArgumentException(
                    "strategy state has no vector '" + name + "'; it has " + vectors.keySet());
        }
        return vector.clone();
    }

    /** Returns whether the state holds a vector called {@code name}. */
    public boolean has(String name) {
        return vectors.containsKey(name);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof StrategyState that) || !vectors.keySet().equals(that.vectors.keySet())) {
            return false;
        }
        return vectors.entrySet().stream()
                .allMatch(e -> Arrays.equals(e.getValue(), that.vectors.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return vectors.keySet().hashCode();
    }

    /** Collects named vectors into a {@link StrategyState}. */
    public static final class Builder {
        private final Map<String, double[]> vectors = new LinkedHashMap<>();

        private Builder() {}

        /** Stores a copy of {@code vector} under {@code name}. */
        public Builder put(String name, double... vector) {
            vectors.put(name, vector.clone());
            return this;
        }

        /** Builds the immutable state. */
        public StrategyState build() {
            return new StrategyState(new LinkedHashMap<>(vectors));
        }
    }
}

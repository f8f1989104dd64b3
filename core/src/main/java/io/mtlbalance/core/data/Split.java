package io.mtlbalance.core.data;

/** The part of a dataset that a batch comes from. */
public enum Split {
    TRAIN,
    TEST
}

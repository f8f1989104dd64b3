/**
 * Adapters for DJL engines. Each one loads its native library from the Maven native jar on the
 * class path (no download), sets seeds and thread counts, and owns the engine's gradient quirks.
 */
package io.mtlbalance.engines;

/**
 * Loaders that turn files and generators into {@link io.mtlbalance.core.data.MultitaskDataset}s.
 * Each dataset has a {@link io.mtlbalance.datasets.DatasetFactory} with a {@code NAME} constant
 * under which the experiments module binds it; a {@link io.mtlbalance.datasets.DatasetRequest}
 * carries the seed, the split sizes and an optional data folder.
 */
package io.mtlbalance.datasets;

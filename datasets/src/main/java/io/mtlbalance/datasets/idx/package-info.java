/**
 * Reading and writing the IDX format of MNIST and Fashion-MNIST: a big-endian magic number
 * {@code 0x0000TTDD} (TT the element type, {@code 08} for unsigned bytes; DD the number of
 * dimensions), one big-endian int32 per dimension, then the elements in row-major order. Files
 * may be gzip-compressed, which their {@code .gz} name suffix announces.
 */
package io.mtlbalance.datasets.idx;

/**
 * The multitask network: a shared trunk, the last shared layer W whose gradients balancing
 * strategies measure, and one head per task.
 */
package io.mtlbalance.core.model;

/** Tasks: what a head predicts, the loss it is trained on and the metrics it is judged by. */
package io.mtlbalance.core.task;

/**
 * The contract an engine adapter fulfils, so that core code never branches on which DJL
 * engine runs it. Implementations live in the engines module.
 */
package io.mtlbalance.core.engine;

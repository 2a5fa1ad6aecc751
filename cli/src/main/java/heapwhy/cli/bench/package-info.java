/**
 * heapwhy bench: speed and memory of the commands on large generated dumps.
 */
package heapwhy.cli.bench;

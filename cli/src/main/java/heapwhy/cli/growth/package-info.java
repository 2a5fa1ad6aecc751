/**
 * heapwhy growth: the types whose instance counts rise across dumps.
 */
package heapwhy.cli.growth;

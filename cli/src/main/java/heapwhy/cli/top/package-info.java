/**
 * heapwhy top: the objects that retain the most.
 */
package heapwhy.cli.top;

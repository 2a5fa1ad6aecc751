/**
 * heapwhy histogram: the class histogram of one dump, streamed, or with retained sizes from the index
 * (--retained).
 */
package heapwhy.cli.histogram;

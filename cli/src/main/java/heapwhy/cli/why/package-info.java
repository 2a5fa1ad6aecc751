/**
 * heapwhy why: the places in the object graph where the heap grows across dumps, and what holds them.
 */
package heapwhy.cli.why;

/**
 * heapwhy waste: memory that duplicates or holds nothing, and what holds it.
 */
package heapwhy.cli.waste;

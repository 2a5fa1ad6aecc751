/**
 * heapwhy dominators: who holds what, as the dominator tree.
 */
package heapwhy.cli.dominators;

/**
 * heapwhy summary: one dump at a glance.
 */
package heapwhy.cli.summary;

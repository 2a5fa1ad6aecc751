/**
 * heapwhy layout: one class's exact field layout, as HotSpot laid it out.
 */
package heapwhy.cli.layout;

/**
 * heapwhy gui: starts the explorer window in this JVM.
 */
package heapwhy.cli.gui;

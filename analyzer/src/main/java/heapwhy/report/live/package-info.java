/** {@code heapwhy ps} and {@code heapwhy dump}: the live JVMs as text, JSON and CSV, and what a dump wrote. */
package heapwhy.report.live;

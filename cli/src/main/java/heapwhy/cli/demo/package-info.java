/**
 * heapwhy demo: a small program that leaks (or one that wastes memory), dumped three times and analyzed step by
 * step.
 */
package heapwhy.cli.demo;

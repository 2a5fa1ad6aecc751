/**
 * heapwhy demo: a small program that leaks, dumped three times and analyzed step by step.
 */
package heapwhy.cli.demo;

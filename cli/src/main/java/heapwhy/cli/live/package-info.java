/** {@code heapwhy ps} and {@code heapwhy dump PID}: the live JVMs of this user, and a heap dump of one. */
package heapwhy.cli.live;

/**
 * heapwhy suspects: leak suspects and where they accumulate.
 */
package heapwhy.cli.suspects;

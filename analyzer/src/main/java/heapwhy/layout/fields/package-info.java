/**
 * One class's exact field layout as HotSpot laid it out: each field's offset and size, inherited ones included,
 * the gaps between them and the padding at the end ({@code heapwhy layout --class X}).
 */
package heapwhy.layout.fields;

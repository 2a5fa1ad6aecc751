package heapwhy.graph;

/**
 * Where every instance of one class keeps one field: its byte offset in the instance's field data as the dump
 * holds it, and its HPROF basic type. Found once per class ({@link ObjectContents#fieldSlot}), it reads the field
 * of millions of instances without decoding their other fields ({@link ObjectContents#fieldValue}).
 *
 * @param offset bytes before the field in the instance's field data
 * @param type its basic type ({@link heapwhy.hprof.BasicType})
 */
public record FieldSlot(int offset, int type) {
}

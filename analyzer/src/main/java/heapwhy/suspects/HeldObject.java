package heapwhy.suspects;

/**
 * One of the biggest objects that the statics of a class loader's classes (or of one class) hold, for a suspect
 * whose memory is spread over them.
 *
 * @param node the object
 * @param holder the class (or loader) that holds it and the field it holds it by
 * @param retained its retained size
 */
public record HeldObject(int node, Holder holder, long retained) {
}

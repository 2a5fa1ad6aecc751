package heapwhy.waste;

/**
 * One instance of a finding: a duplicated value ({@code "Germany"}, {@code byte[1024]}) or a class of empty
 * collections or zero-length arrays.
 *
 * @param text the value or type for people (raw: dump text, escaped by the renderers)
 * @param copies the objects of it (for duplicates, every copy including the one that would stay)
 * @param wastedBytes what all but the one that stays waste
 */
public record WasteExample(String text, long copies, long wastedBytes) {
}

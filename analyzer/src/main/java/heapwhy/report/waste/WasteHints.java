package heapwhy.report.waste;

import heapwhy.waste.WasteKind;

/**
 * What each inspection counts as waste and how to fix it, in one place for {@code heapwhy waste --help} and the
 * GUI's Waste tab. Constants, so that the command's help, an annotation, can name them; none holds a {@code %},
 * which the help's formatting would take for a conversion.
 */
public final class WasteHints {
    public static final String DUPLICATE_STRINGS = "Strings with equal text. Every copy but one is waste: the String "
            + "and its value array (an array several copies share counts once). Fix: intern or deduplicate where they "
            + "are made (a parser, a database row), use enums for small sets of values, or -XX:+UseStringDeduplication "
            + "(G1, shares only the arrays).";
    public static final String DUPLICATE_ARRAYS = "Primitive arrays (byte[], int[], ...) of one type with equal "
            + "elements, not counting Strings' values. Fix: share the array (a constant, a cache of the decoded value) "
            + "instead of copying it.";
    public static final String EMPTY_COLLECTIONS = "Collections of the JDK, Guava and Caffeine (ArrayList, HashMap, "
            + "HashSet, ArrayDeque, concurrent maps and queues, multimaps, caches, ...) that hold nothing; their own "
            + "bytes and what only they hold are waste. Fix: create them when the first element comes, or use "
            + "Collections.emptyList()/List.of(); give an initial capacity of 0 where many stay empty.";
    public static final String ZERO_LENGTH_ARRAYS = "Arrays of length 0: one per type would do. Fix: a shared "
            + "constant (static final int[] EMPTY = {}).";
    public static final String UNDER_FILLED = "Hash maps and sets (HashMap, LinkedHashMap, HashSet by its map, "
            + "Hashtable, ConcurrentHashMap, WeakHashMap) and ArrayList, Vector, ArrayDeque that hold something but "
            + "fill less than 1/4 of their capacity (size / table or array length): growth alone never leaves them "
            + "there (a HashMap doubles at 3/4 full, an ArrayList grows by half), so they were made too big or "
            + "emptied. Also object arrays of 8 slots or more, not a collection's own, with 3/4 or more null. The "
            + "unused slots are waste (a reference each). Fix: size them for what they hold, trimToSize(), or a "
            + "smaller structure.";
    public static final String BOXED_NUMBERS = "Long, Integer, Double, Float, Short, Byte, Character objects. Each "
            + "box in an array of boxes (an ArrayList<Long>'s elementData, a Long[]) wastes its size and its reference "
            + "less the primitive value that would replace it (empty slots are under-filled's); other boxes with "
            + "equal values beyond the JDK's caches (-128..127; Character 0..127) waste all copies but one. A box an "
            + "array counted is not counted again. Fix: primitive arrays or a primitive collection, valueOf and a "
            + "shared box, or a primitive field.";
    public static final String OBJECT_OVERHEAD = "Classes whose instances are mostly overhead (header, padding and "
            + "reference fields, more than half of each instance) rather than primitive payload, and together at "
            + "least 0.1 percent of the reachable heap, with each instance's split. Fix: fewer, flatter objects (a field "
            + "instead of a wrapper, parallel primitive arrays); see one class's layout with heapwhy layout --class "
            + "NAME.";

    private WasteHints() {
    }

    /** What the inspection counts and how to fix it. */
    public static String of(WasteKind kind) {
        return switch (kind) {
            case DUPLICATE_STRINGS -> DUPLICATE_STRINGS;
            case DUPLICATE_ARRAYS -> DUPLICATE_ARRAYS;
            case EMPTY_COLLECTIONS -> EMPTY_COLLECTIONS;
            case ZERO_LENGTH_ARRAYS -> ZERO_LENGTH_ARRAYS;
            case UNDER_FILLED -> UNDER_FILLED;
            case BOXED_NUMBERS -> BOXED_NUMBERS;
            case OBJECT_OVERHEAD -> OBJECT_OVERHEAD;
        };
    }
}

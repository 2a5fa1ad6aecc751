package heapwhy.waste;

/** The inspections of {@link Waste}: each a kind of memory that holds nothing the program could not share or drop. */
public enum WasteKind {
    /** Strings with equal text: every copy but one could be the same String. */
    DUPLICATE_STRINGS("Duplicate strings", "duplicate-strings"),
    /** Primitive arrays (not a String's value) of one type with equal elements. */
    DUPLICATE_ARRAYS("Duplicate arrays", "duplicate-arrays"),
    /** JDK collections that hold nothing, with the arrays and nodes only they hold. */
    EMPTY_COLLECTIONS("Empty collections", "empty-collections"),
    /** Arrays of length 0: one per type would do. */
    ZERO_LENGTH_ARRAYS("Zero-length arrays", "zero-length-arrays"),
    /** JDK hash tables and array lists filled below a quarter of their capacity, and object arrays mostly null. */
    UNDER_FILLED("Under-filled collections and arrays", "under-filled"),
    /** Boxed numbers a primitive array would hold smaller, and equal boxes beyond the JDK's caches. */
    BOXED_NUMBERS("Boxed numbers", "boxed-numbers"),
    /** Classes whose instances are mostly header, padding and references rather than primitive payload. */
    OBJECT_OVERHEAD("Object overhead", "object-overhead");

    private final String title;
    private final String option;

    WasteKind(String title, String option) {
        this.title = title;
        this.option = option;
    }

    /** "Duplicate strings": how a report heads the finding. */
    public String title() {
        return title;
    }

    /** "duplicate-strings": how a command line names the inspection. */
    public String option() {
        return option;
    }

    /** The kind a command line names (its option name, or the enum name in any case), or null. */
    public static WasteKind byOption(String name) {
        for (WasteKind kind : values()) {
            if (kind.option.equalsIgnoreCase(name) || kind.name().equalsIgnoreCase(name)) {
                return kind;
            }
        }
        return null;
    }
}

package heapwhy.testdumps.scenarios.waste;

import java.util.List;

/**
 * What the WASTE scenario plants, and what each of {@code heapwhy waste}'s inspections must find in its dump:
 * the table tests assert against and the one {@link PlantedWaste} reads its counts from, so the two cannot
 * disagree. Each kind of waste is held by one field of a class of its own, so its owner is exact.
 *
 * <p>Sizes follow from a {@link Layout} (testdumps cannot use the analyzer's {@code HeapLayout}; the two carry
 * the same numbers). An instance is {@code align(header + sum of its fields' sizes)}: HotSpot 15+ packs a
 * class's fields, including its superclasses', largest first into the gaps, so for the classes here (fields of
 * 8 bytes or less, every gap fillable, or the one 4-byte gap after a 12-byte header padded before an 8-byte
 * field, which the rounding counts anyway) nothing else is lost. An array is
 * {@code align(base + length * elementSize)}, where the base depends on the element size ({@link Layout}).
 * The JDK classes' fields, the same on JDK 17 and 25:
 * <pre>
 * String        byte[] value; int hash; byte coder; boolean hashIsZero   ref + 6
 * ArrayList     int modCount (AbstractList); int size; Object[] elementData       ref + 8
 * HashMap       keySet, values (AbstractMap); table, entrySet; size, modCount, threshold; float loadFactor   4 ref + 16
 * HashMap$Node  int hash; key, value, next                                       3 ref + 4
 * Long          long value                                                       8
 * </pre>
 * {@code WasteDumpsTest} checks these sizes against the JVM's own class histogram of the scenario's dumps.
 *
 * <p>Only the planted objects are counted below. A figure for the whole dump adds what the JDK itself
 * wastes (its own empty maps, zero-length arrays, duplicate strings…); a figure per owning field is exact.
 */
public final class WasteExpectations {
    /** Package of the scenario's classes. */
    public static final String PACKAGE = "heapwhy.testdumps.scenarios.waste";

    /** Customer objects, each with its own copy of one of the country values. */
    public static final int CUSTOMERS = 20_000;
    /**
     * Lengths of the distinct {@code Customer.country} values (Latin-1, so one byte per character); value k is
     * {@link #countryValue(int)}, held by {@code CUSTOMERS / COUNTRY_LENGTHS.size()} customers.
     */
    public static final List<Integer> COUNTRY_LENGTHS = List.of(9, 10, 11, 12, 13, 16, 17, 23, 24, 40);
    /** Address objects whose {@code city} strings are distinct objects sharing one byte[]. */
    public static final int ADDRESSES = 5_000;
    /** Length of the one {@code Address.city} value, {@link #cityValue()}. */
    public static final int CITY_LENGTH = 22;
    /** Tile objects, each with its own int[TILE_PIXELS], all of equal content. */
    public static final int TILES = 5_000;
    public static final int TILE_PIXELS = 16;
    /** Lengths of the three distinct {@code Attachment.content} byte arrays, each held by ATTACHMENTS_PER_CONTENT. */
    public static final List<Integer> ATTACHMENT_LENGTHS = List.of(3, 64, 500);
    public static final int ATTACHMENTS_PER_CONTENT = 1_000;
    /** Order objects, each with an empty {@code new ArrayList<>(ORDER_LINES_CAPACITY)}. */
    public static final int ORDERS = 5_000;
    public static final int ORDER_LINES_CAPACITY = 10;
    /** The first ORDERS_WITH_ATTRIBUTES orders have an empty {@code new HashMap<>()} (table null); the rest null. */
    public static final int ORDERS_WITH_ATTRIBUTES = 3_000;
    /** Account objects, each with a HashMap holding one entry (default table of ACCOUNT_TABLE_SLOTS). */
    public static final int ACCOUNTS = 4_000;
    public static final int ACCOUNT_TABLE_SLOTS = 16;
    /** Roster objects, each with a Seat[ROSTER_SLOTS] whose slot 0 alone holds the one shared Seat. */
    public static final int ROSTERS = 2_000;
    public static final int ROSTER_SLOTS = 32;
    /** Boxed longs in the one {@code Metrics.samples}, an {@code ArrayList} made with exactly this capacity. */
    public static final int SAMPLES = 50_000;
    /** Sample i is {@code FIRST_SAMPLE + i}: outside Long's -128..127 cache, every one a distinct value. */
    public static final long FIRST_SAMPLE = 1_000_000L;
    /** Reading objects whose {@code level} is each its own Long of the value READING_LEVEL (beyond the cache). */
    public static final int READINGS = 3_000;
    public static final long READING_LEVEL = 1_000L;
    /** Packet objects, each with its own {@code new byte[0]}. */
    public static final int PACKETS = 4_000;
    /** Flag objects ({@code boolean on}: one byte of payload). */
    public static final int FLAGS = 30_000;

    /**
     * An object layout of HotSpot, the same numbers as the analyzer's {@code HeapLayout}.
     *
     * @param headerBytes     instance header: 12 with compressed class pointers, 16 without
     * @param referenceBytes  a reference: 4 with compressed oops, 8 without
     * @param alignment       object alignment (8)
     * @param narrowArrayBase offset of element 0 of an array of 1-, 2- or 4-byte elements (compressed references
     *                        included): 16 with compressed class pointers; without them 24 on JDK 17, 20 on JDK 22+
     * @param wideArrayBase   offset of element 0 of an array of 8-byte elements (long, double, uncompressed
     *                        references): 16 with compressed class pointers, 24 without
     */
    public record Layout(int headerBytes, int referenceBytes, int alignment, int narrowArrayBase,
                         int wideArrayBase) {
        /**
         * HotSpot's layout for a JDK feature version and its two flags: the array length follows the header,
         * and before JDK 22 (JDK-8139457) every array's elements started at the next 8-byte boundary after it.
         * The scenario's dumps check this on JDK 17 (both flags) and on the other JDK with its defaults; the JDK
         * 22+ layout without compressed class pointers is not run, and compact object headers
         * ({@code -XX:+UseCompactObjectHeaders}, 8-byte header) are not modelled.
         */
        public static Layout hotspot(int jdkFeature, boolean compressedOops, boolean compressedClassPointers) {
            int header = compressedClassPointers ? 12 : 16;
            int afterLength = header + 4;
            int wide = alignUp(afterLength, 8);
            return new Layout(header, compressedOops ? 4 : 8, 8, jdkFeature >= 22 ? afterLength : wide, wide);
        }

        /** Rounds up to the object alignment. */
        public long align(long bytes) {
            return alignUp(bytes, alignment);
        }

        /** An instance whose fields (its superclasses' included) take {@code fieldBytes} together. */
        public long instance(long fieldBytes) {
            return align(headerBytes + fieldBytes);
        }

        /** An array of {@code length} elements of {@code elementBytes} each. */
        public long array(int elementBytes, long length) {
            return align((elementBytes == 8 ? wideArrayBase : narrowArrayBase) + length * elementBytes);
        }

        /** An array of {@code length} references. */
        public long referenceArray(long length) {
            return array(referenceBytes, length);
        }

        public long string() {
            return instance(referenceBytes + 4 + 1 + 1);
        }

        public long arrayList() {
            return instance(referenceBytes + 4 + 4);
        }

        public long hashMap() {
            return instance(4L * referenceBytes + 4 * 4);
        }

        public long hashMapNode() {
            return instance(3L * referenceBytes + 4);
        }

        public long boxedLong() {
            return instance(8);
        }

        /** An instance of a class of the scenario with {@code references} reference fields and nothing else. */
        public long holder(int references) {
            return instance((long) references * referenceBytes);
        }

        private static long alignUp(long bytes, long to) {
            return (bytes + to - 1) / to * to;
        }

        private static int alignUp(int bytes, int to) {
            return (bytes + to - 1) / to * to;
        }
    }

    /**
     * What one inspection must report for one owning field.
     *
     * @param inspection  the kind of waste, as {@code heapwhy waste} names its inspections
     * @param owner       the field holding it, {@code Class.field} (Class without package)
     * @param type        the class of the wasted objects as the JVM names it in Java syntax ({@code byte[]})
     * @param objects     how many such objects the field holds (for under-filled and boxed: the collections
     *                    or arrays; for duplicate strings: the String objects, copies and original together)
     * @param bytes       what they take (objects, plus their arrays and entries where the inspection counts them)
     * @param wastedBytes what fixing it saves, by the formula of {@link #all(Layout)}
     */
    public record Expectation(String inspection, String owner, String type, long objects, long bytes,
                              long wastedBytes) {
    }

    public static final String DUPLICATE_STRINGS = "duplicate-strings";
    public static final String DUPLICATE_ARRAYS = "duplicate-arrays";
    public static final String EMPTY_COLLECTIONS = "empty-collections";
    public static final String UNDER_FILLED = "under-filled";
    public static final String BOXED_NUMBERS = "boxed-numbers";
    public static final String ZERO_LENGTH_ARRAYS = "zero-length-arrays";
    public static final String OBJECT_OVERHEAD = "object-overhead";

    private WasteExpectations() {
    }

    /**
     * The k-th distinct {@code Customer.country} value, of length {@code COUNTRY_LENGTHS.get(k)}: built at run
     * time so that no literal in the heap adds an extra copy, and with a prefix no JDK string has.
     */
    public static String countryValue(int k) {
        char[] c = new char[COUNTRY_LENGTHS.get(k)];
        String prefix = "waste:" + (char) ('a' + k) + ":";
        for (int i = 0; i < c.length; i++) {
            c[i] = i < prefix.length() ? prefix.charAt(i) : (char) ('A' + (k + i) % 26);
        }
        return new String(c);
    }

    /** The one {@code Address.city} value, built at run time as {@link #countryValue(int)} is. */
    public static String cityValue() {
        char[] c = new char[CITY_LENGTH];
        String prefix = "waste:city:";
        for (int i = 0; i < c.length; i++) {
            c[i] = i < prefix.length() ? prefix.charAt(i) : (char) ('a' + i % 26);
        }
        return new String(c);
    }

    /** Copies of each country value. */
    public static int copiesPerCountry() {
        return CUSTOMERS / COUNTRY_LENGTHS.size();
    }

    /** The content of the g-th attachment: bytes no Latin-1 string of the JDK is likely to hold. */
    public static byte[] attachmentContent(int g) {
        byte[] b = new byte[ATTACHMENT_LENGTHS.get(g)];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (0x80 + (i * 7 + g * 13) % 0x7F);
        }
        return b;
    }

    /** The content of every Tile's pixels. */
    public static int[] tilePixels() {
        int[] p = new int[TILE_PIXELS];
        for (int i = 0; i < p.length; i++) {
            p[i] = 0x00FF00FF ^ (i * 0x01010101);
        }
        return p;
    }

    /**
     * Every planted kind with its figures on {@code layout}. The formulas:
     * <ul>
     * <li>duplicate strings, {@code Customer.country}: each of K values has C = CUSTOMERS / K copies, each a
     * String with a byte[] of its own; all but one per value are waste:
     * {@code sum over k of (C - 1) * (string + byteArray(len_k))}.
     * <li>duplicate strings, {@code Address.city}: ADDRESSES Strings of one value sharing one byte[] (the
     * {@code String(String)} constructor reuses its argument's array on JDK 9+): the array is not waste,
     * {@code (ADDRESSES - 1) * string}.
     * <li>duplicate arrays, {@code Tile.pixels}: {@code (TILES - 1) * intArray(16)}; {@code Attachment.content}:
     * {@code sum over g of (ATTACHMENTS_PER_CONTENT - 1) * byteArray(len_g)}.
     * <li>empty collections, {@code Order.lines}: the list and its allocated Object[10],
     * {@code ORDERS * (arrayList + referenceArray(10))}; {@code Order.attributes}: a HashMap whose table is
     * still null, {@code ORDERS_WITH_ATTRIBUTES * hashMap}.
     * <li>under-filled, {@code Account.preferences}: one entry in 16 slots, the unused slots
     * {@code ACCOUNTS * 15 * reference}; {@code Roster.slots}: a Seat[32] with one slot set,
     * {@code ROSTERS * 31 * reference}.
     * <li>boxed numbers, {@code Metrics.samples}: each Long and its reference slot in the list's array against
     * the long that would take the slot, {@code SAMPLES * (boxedLong + reference - 8)};
     * {@code Reading.level}: READINGS equal Longs, all but one waste, {@code (READINGS - 1) * boxedLong}.
     * <li>zero-length arrays, {@code Packet.body}: all but one, {@code (PACKETS - 1) * byteArray(0)}.
     * <li>object overhead, {@code Flag}: everything but its one byte of payload, {@code FLAGS * (flag - 1)}.
     * </ul>
     */
    public static List<Expectation> all(Layout layout) {
        long string = layout.string();
        long countryBytes = 0;
        long countryWaste = 0;
        int copies = copiesPerCountry();
        for (int length : COUNTRY_LENGTHS) {
            long one = string + layout.array(1, length);
            countryBytes += copies * one;
            countryWaste += (copies - 1) * one;
        }
        long tile = layout.array(4, TILE_PIXELS);
        long attachmentBytes = 0;
        long attachmentWaste = 0;
        for (int length : ATTACHMENT_LENGTHS) {
            long one = layout.array(1, length);
            attachmentBytes += ATTACHMENTS_PER_CONTENT * one;
            attachmentWaste += (ATTACHMENTS_PER_CONTENT - 1) * one;
        }
        long emptyList = layout.arrayList() + layout.referenceArray(ORDER_LINES_CAPACITY);
        long oneEntryMap = layout.hashMap() + layout.hashMapNode() + layout.referenceArray(ACCOUNT_TABLE_SLOTS);
        long seats = layout.referenceArray(ROSTER_SLOTS);
        long boxed = SAMPLES * layout.boxedLong() + layout.referenceArray(SAMPLES);
        long emptyBytes = layout.array(1, 0);
        long flag = flag(layout);
        return List.of(
                new Expectation(DUPLICATE_STRINGS, "Customer.country", "java.lang.String", CUSTOMERS,
                        countryBytes, countryWaste),
                new Expectation(DUPLICATE_STRINGS, "Address.city", "java.lang.String", ADDRESSES,
                        ADDRESSES * string + layout.array(1, CITY_LENGTH), (ADDRESSES - 1) * string),
                new Expectation(DUPLICATE_ARRAYS, "Tile.pixels", "int[]", TILES, TILES * tile, (TILES - 1) * tile),
                new Expectation(DUPLICATE_ARRAYS, "Attachment.content", "byte[]",
                        (long) ATTACHMENTS_PER_CONTENT * ATTACHMENT_LENGTHS.size(), attachmentBytes, attachmentWaste),
                new Expectation(EMPTY_COLLECTIONS, "Order.lines", "java.util.ArrayList", ORDERS,
                        ORDERS * emptyList, ORDERS * emptyList),
                new Expectation(EMPTY_COLLECTIONS, "Order.attributes", "java.util.HashMap", ORDERS_WITH_ATTRIBUTES,
                        ORDERS_WITH_ATTRIBUTES * layout.hashMap(), ORDERS_WITH_ATTRIBUTES * layout.hashMap()),
                new Expectation(UNDER_FILLED, "Account.preferences", "java.util.HashMap", ACCOUNTS,
                        ACCOUNTS * oneEntryMap,
                        (long) ACCOUNTS * (ACCOUNT_TABLE_SLOTS - 1) * layout.referenceBytes()),
                new Expectation(UNDER_FILLED, "Roster.slots", PACKAGE + ".Seat[]", ROSTERS, ROSTERS * seats,
                        (long) ROSTERS * (ROSTER_SLOTS - 1) * layout.referenceBytes()),
                new Expectation(BOXED_NUMBERS, "Metrics.samples", "java.lang.Long", SAMPLES, boxed,
                        SAMPLES * (layout.boxedLong() + layout.referenceBytes() - Long.BYTES)),
                new Expectation(BOXED_NUMBERS, "Reading.level", "java.lang.Long", READINGS,
                        READINGS * layout.boxedLong(), (READINGS - 1) * layout.boxedLong()),
                new Expectation(ZERO_LENGTH_ARRAYS, "Packet.body", "byte[]", PACKETS, PACKETS * emptyBytes,
                        (PACKETS - 1) * emptyBytes),
                new Expectation(OBJECT_OVERHEAD, "Flag", PACKAGE + ".Flag", FLAGS, FLAGS * flag,
                        FLAGS * (flag - 1)));
    }

    /** The expectation for one owner ({@code "Customer.country"}). */
    public static Expectation of(Layout layout, String owner) {
        return all(layout).stream().filter(e -> e.owner().equals(owner)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("nothing planted in " + owner));
    }

    /** A Flag: header plus one boolean. */
    public static long flag(Layout layout) {
        return layout.instance(1);
    }

    /**
     * Instances of each application class in the dump and the size of one, for checking against the JVM's
     * class histogram: binary name to {count, bytes of one}. Arrays of application classes (the holders' and
     * the rosters') are listed by their Java name with the size of one.
     */
    public static java.util.Map<String, long[]> applicationClasses(Layout layout) {
        java.util.Map<String, long[]> m = new java.util.LinkedHashMap<>();
        m.put(PACKAGE + ".Customer", new long[] {CUSTOMERS, layout.holder(1)});
        m.put(PACKAGE + ".Address", new long[] {ADDRESSES, layout.holder(1)});
        m.put(PACKAGE + ".Tile", new long[] {TILES, layout.holder(1)});
        m.put(PACKAGE + ".Attachment", new long[] {(long) ATTACHMENTS_PER_CONTENT * ATTACHMENT_LENGTHS.size(),
                layout.holder(1)});
        m.put(PACKAGE + ".Order", new long[] {ORDERS, layout.holder(2)});
        m.put(PACKAGE + ".Account", new long[] {ACCOUNTS, layout.holder(1)});
        m.put(PACKAGE + ".Roster", new long[] {ROSTERS, layout.holder(1)});
        m.put(PACKAGE + ".Seat", new long[] {1, layout.holder(0)});
        m.put(PACKAGE + ".Metrics", new long[] {1, layout.holder(1)});
        m.put(PACKAGE + ".Reading", new long[] {READINGS, layout.holder(1)});
        m.put(PACKAGE + ".Packet", new long[] {PACKETS, layout.holder(1)});
        m.put(PACKAGE + ".Flag", new long[] {FLAGS, flag(layout)});
        m.put(PACKAGE + ".Seat[]", new long[] {ROSTERS, layout.referenceArray(ROSTER_SLOTS)});
        // PlantedWaste holds each class's instances in one array of its own
        for (String holder : List.of("Customer", "Address", "Tile", "Attachment", "Order", "Account", "Roster",
                "Reading", "Packet", "Flag")) {
            long count = m.get(PACKAGE + "." + holder)[0];
            m.put(PACKAGE + "." + holder + "[]", new long[] {1, layout.referenceArray(count)});
        }
        return m;
    }
}

package heapwhy.layout.rules;

import heapwhy.hprof.BasicType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fields that HotSpot adds to a few JDK classes and that heap dumps do not list, plus the padding HotSpot
 * puts around {@code @Contended} field groups. Without them those classes' shallow sizes come out a few
 * bytes short of the JVM's own histogram. Facts from HotSpot's injected-field lists (JDK 17-25); a field
 * the dump does list (newer JDKs declare some of them in Java) is not added twice.
 */
public final class HiddenFields {
    /** Bytes of padding on each side of a {@code @Contended} group (HotSpot's ContendedPaddingWidth). */
    private static final int CONTENDED_PADDING = 128;

    /**
     * One injected field: its name and HPROF basic type. A native pointer ({@code address}) is a long on a
     * 64-bit JVM and an int on a 32-bit one (HotSpot declares those fields with its intptr signature).
     */
    private record Injected(String name, byte type, boolean address) {
        byte type(int pointerBytes) {
            return address && pointerBytes == 4 ? (byte) BasicType.INT : type;
        }
    }

    private static Injected f(String name, int type) {
        return new Injected(name, (byte) type, false);
    }

    private static Injected pointer(String name) {
        return new Injected(name, (byte) BasicType.LONG, true);
    }

    /** The fields HotSpot of JDK 18 and older groups under {@code @Contended("tlr")} in java.lang.Thread. */
    private static final Set<String> THREAD_LOCAL_RANDOM = Set.of("threadLocalRandomSeed", "threadLocalRandomProbe",
            "threadLocalRandomSecondarySeed");

    private static final Map<String, List<Injected>> INJECTED = Map.of(
            "java/lang/Class", List.of(pointer("klass"), pointer("array_klass"),
                    f("oop_size", BasicType.INT), f("static_oop_field_count", BasicType.INT),
                    f("protection_domain", BasicType.OBJECT), f("signers", BasicType.OBJECT),
                    f("source_file", BasicType.OBJECT)),
            "java/lang/Module", List.of(pointer("module_entry")),
            "java/lang/ClassLoader", List.of(pointer("loader_data")),
            "java/lang/invoke/MemberName", List.of(pointer("vmindex")),
            "java/lang/invoke/ResolvedMethodName", List.of(pointer("vmtarget"),
                    f("vmholder", BasicType.OBJECT)),
            "java/lang/invoke/MethodHandleNatives$CallSiteContext", List.of(pointer("vmdependencies"),
                    f("last_cleanup", BasicType.LONG)));

    private HiddenFields() {
    }

    /**
     * The class's own field types as the JVM has them: the dumped ones plus the injected ones the dump
     * does not list.
     *
     * @param pointerBytes the size of a native pointer in the dumped JVM: the dump's id size
     */
    public static byte[] withInjected(String internalName, byte[] dumpedTypes, Set<String> dumpedNames,
                                      int pointerBytes) {
        List<Injected> injected = internalName == null ? null : INJECTED.get(internalName);
        if (injected == null) {
            return dumpedTypes;
        }
        byte[] all = Arrays.copyOf(dumpedTypes, dumpedTypes.length + injected.size());
        int n = dumpedTypes.length;
        for (Injected field : injected) {
            if (!dumpedNames.contains(field.name())) {
                all[n++] = field.type(pointerBytes);
            }
        }
        return Arrays.copyOf(all, n);
    }

    /** Bytes of padding HotSpot puts before and after a {@code @Contended} group. */
    public static int contendedPadding() {
        return CONTENDED_PADDING;
    }

    /**
     * The names of the class's own fields that HotSpot lays out apart as a {@code @Contended} group, after
     * the other fields and between paddings; empty for most classes. Only java.lang.Thread of JDK 18 and
     * older has one (its ThreadLocalRandom fields); that Thread still declares {@code threadStatus} itself,
     * which later versions moved into a holder object.
     */
    public static Set<String> contendedGroup(String internalName, Set<String> dumpedNames) {
        boolean oldThread = "java/lang/Thread".equals(internalName) && dumpedNames.contains("threadStatus")
                && dumpedNames.containsAll(THREAD_LOCAL_RANDOM);
        return oldThread ? THREAD_LOCAL_RANDOM : Set.of();
    }
}

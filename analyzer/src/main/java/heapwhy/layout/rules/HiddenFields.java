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

    /** One injected field: its name and HPROF basic type. */
    private record Injected(String name, byte type) {
    }

    private static Injected f(String name, int type) {
        return new Injected(name, (byte) type);
    }

    private static final Map<String, List<Injected>> INJECTED = Map.of(
            "java/lang/Class", List.of(f("klass", BasicType.LONG), f("array_klass", BasicType.LONG),
                    f("oop_size", BasicType.INT), f("static_oop_field_count", BasicType.INT),
                    f("protection_domain", BasicType.OBJECT), f("signers", BasicType.OBJECT),
                    f("source_file", BasicType.OBJECT)),
            "java/lang/Module", List.of(f("module_entry", BasicType.LONG)),
            "java/lang/ClassLoader", List.of(f("loader_data", BasicType.LONG)),
            "java/lang/invoke/MemberName", List.of(f("vmindex", BasicType.LONG)),
            "java/lang/invoke/ResolvedMethodName", List.of(f("vmtarget", BasicType.LONG),
                    f("vmholder", BasicType.OBJECT)),
            "java/lang/invoke/MethodHandleNatives$CallSiteContext", List.of(f("vmdependencies", BasicType.LONG),
                    f("last_cleanup", BasicType.LONG)));

    private HiddenFields() {
    }

    /**
     * The class's own field types as the JVM has them: the dumped ones plus the injected ones the dump
     * does not list.
     */
    public static byte[] withInjected(String internalName, byte[] dumpedTypes, Set<String> dumpedNames) {
        List<Injected> injected = internalName == null ? null : INJECTED.get(internalName);
        if (injected == null) {
            return dumpedTypes;
        }
        byte[] all = Arrays.copyOf(dumpedTypes, dumpedTypes.length + injected.size());
        int n = dumpedTypes.length;
        for (Injected field : injected) {
            if (!dumpedNames.contains(field.name())) {
                all[n++] = field.type();
            }
        }
        return Arrays.copyOf(all, n);
    }

    /**
     * Extra bytes at the end of the class's own fields for a {@code @Contended} group. Only java.lang.Thread
     * of JDK 18 and older pads its ThreadLocalRandom fields; that Thread still declares {@code threadStatus}
     * itself, which later versions moved into a holder object.
     */
    public static int contendedPadding(String internalName, Set<String> dumpedNames) {
        boolean oldThread = "java/lang/Thread".equals(internalName) && dumpedNames.contains("threadStatus")
                && dumpedNames.contains("threadLocalRandomSeed");
        return oldThread ? 2 * CONTENDED_PADDING : 0;
    }
}

package heapwhy.layout;

import heapwhy.hprof.BasicType;

import java.util.Map;

/**
 * Fields that HotSpot adds to a few JDK classes and that heap dumps do not list, plus the padding HotSpot
 * puts around {@code @Contended} field groups. Without them those classes' shallow sizes come out a few
 * bytes short of the JVM's own histogram. Facts from HotSpot's injected-field lists (JDK 17-25).
 */
public final class HiddenFields {
    /** Bytes of padding on each side of a {@code @Contended} group (HotSpot's ContendedPaddingWidth). */
    private static final int CONTENDED_PADDING = 128;

    private static final byte L = BasicType.LONG;
    private static final byte I = BasicType.INT;
    private static final byte O = BasicType.OBJECT;

    private static final Map<String, byte[]> INJECTED = Map.of(
            // klass, array_klass, oop_size, static_oop_field_count, protection_domain, signers, source_file
            "java/lang/Class", new byte[]{L, L, I, I, O, O, O},
            "java/lang/Module", new byte[]{L},
            "java/lang/ClassLoader", new byte[]{L},
            "java/lang/invoke/MemberName", new byte[]{L},
            "java/lang/invoke/ResolvedMethodName", new byte[]{L, O},
            "java/lang/invoke/MethodHandleNatives$CallSiteContext", new byte[]{L, L});

    /** Classes whose own fields include one {@code @Contended} group: padding before and after it. */
    private static final Map<String, Integer> CONTENDED_GROUPS = Map.of(
            "java/lang/Thread", 1);

    private HiddenFields() {
    }

    /** The class's own field types as the JVM has them: the dumped ones plus the injected ones. */
    public static byte[] withInjected(String internalName, byte[] dumpedFieldTypes) {
        byte[] injected = internalName == null ? null : INJECTED.get(internalName);
        if (injected == null) {
            return dumpedFieldTypes;
        }
        byte[] all = new byte[dumpedFieldTypes.length + injected.length];
        System.arraycopy(dumpedFieldTypes, 0, all, 0, dumpedFieldTypes.length);
        System.arraycopy(injected, 0, all, dumpedFieldTypes.length, injected.length);
        return all;
    }

    /** Extra bytes the class's own layout ends with because of {@code @Contended} padding. */
    public static int contendedPadding(String internalName) {
        Integer groups = internalName == null ? null : CONTENDED_GROUPS.get(internalName);
        return groups == null ? 0 : groups * 2 * CONTENDED_PADDING;
    }
}

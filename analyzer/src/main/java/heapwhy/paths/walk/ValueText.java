package heapwhy.paths.walk;

import heapwhy.graph.HeapField;
import heapwhy.graph.HeapIndex;
import heapwhy.hprof.BasicType;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/** Short texts for objects whose value says who they are: strings (quoted, truncated), boxed numbers, enums. */
public final class ValueText {
    static final int MAX_STRING = 40;
    private static final Set<String> BOXES = Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Short",
            "java.lang.Byte", "java.lang.Character", "java.lang.Boolean", "java.lang.Float", "java.lang.Double");

    private ValueText() {
    }

    /** The value as a key would be written ({@code "tenant-3"}, {@code 42}, {@code RED}), or null if unknown. */
    public static String of(HeapIndex index, int node) throws IOException {
        if (node < 0 || index.isClass(node)) {
            return null;
        }
        String className = index.classOf(node).name();
        if (className.equals("java.lang.String")) {
            String text = index.contents().stringValue(node);
            return text == null ? null : quote(text);
        }
        List<HeapField> fields = index.contents().arrayLength(node) >= 0 ? List.of() : index.contents().fields(node);
        if (BOXES.contains(className)) {
            for (HeapField f : fields) {
                if (f.name().equals("value")) {
                    return primitive(f);
                }
            }
            return null;
        }
        HeapField name = null;
        boolean ordinal = false;
        for (HeapField f : fields) {
            if (f.name().equals("name") && f.type() == BasicType.OBJECT && name == null) {
                name = f;
            }
            ordinal |= f.name().equals("ordinal");
        }
        if (name != null && ordinal) {
            return name.node() < 0 ? null : index.contents().stringValue(name.node());
        }
        return null;
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        int shown = Math.min(text.length(), MAX_STRING);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < ' ' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        if (text.length() > shown) {
            out.append('…');
        }
        return out.append('"').toString();
    }

    /** A primitive field's value as Java would print it: {@code 42}, {@code true}, {@code 'x'}, {@code 1.5}. */
    public static String primitive(HeapField f) {
        long v = f.value();
        return switch (f.type()) {
            case BasicType.BOOLEAN -> v != 0 ? "true" : "false";
            case BasicType.CHAR -> quote(String.valueOf((char) v)).replace('"', '\'');
            case BasicType.FLOAT -> Float.toString(Float.intBitsToFloat((int) v));
            case BasicType.DOUBLE -> Double.toString(Double.longBitsToDouble(v));
            case BasicType.BYTE -> Byte.toString((byte) v);
            case BasicType.SHORT -> Short.toString((short) v);
            case BasicType.INT -> Integer.toString((int) v);
            default -> Long.toString(v);
        };
    }
}

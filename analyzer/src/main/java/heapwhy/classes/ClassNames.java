package heapwhy.classes;

/** Turns JVM-internal class names ({@code java/lang/String}, {@code [[I}) into Java syntax. */
public final class ClassNames {
    private ClassNames() {
    }

    public static String toJava(String internal) {
        int dims = 0;
        while (dims < internal.length() && internal.charAt(dims) == '[') {
            dims++;
        }
        String element;
        if (dims == 0) {
            element = internal;
        } else {
            String rest = internal.substring(dims);
            element = switch (rest) {
                case "Z" -> "boolean";
                case "B" -> "byte";
                case "C" -> "char";
                case "S" -> "short";
                case "I" -> "int";
                case "J" -> "long";
                case "F" -> "float";
                case "D" -> "double";
                default -> rest.startsWith("L") && rest.endsWith(";") ? rest.substring(1, rest.length() - 1) : rest;
            };
        }
        // hidden classes are named Outer$$Lambda+0x... inside the JVM and Outer$$Lambda/0x... outside it
        String name = element.replace('/', '.').replace("+0x", "/0x");
        return dims == 0 ? name : name + "[]".repeat(dims);
    }

    /** A class name for people: with its loader appended when another loader defines a class of that name. */
    public static String displayName(String name, String loader, boolean nameIsShared) {
        return nameIsShared ? name + " (" + (loader == null ? "boot loader" : loader) + ")" : name;
    }

    /**
     * The class name without its package, nested names kept: "MyCache$Entry", "Object[]"; a hidden class (a
     * lambda's) without the address the JVM gave it: "Scheduler$$Lambda$14", not "…$14/0x0000000801001a00".
     */
    public static String simpleName(String className) {
        int bracket = className.indexOf('[');
        int dot = className.lastIndexOf('.', bracket < 0 ? className.length() : bracket);
        String simple = className.substring(dot + 1);
        int hidden = simple.indexOf("/0x");
        return hidden < 0 ? simple : simple.substring(0, hidden) + simple.substring(simple.indexOf('[', hidden) < 0
                ? simple.length() : simple.indexOf('[', hidden));
    }
}

package heapwhy.util;

/** The English article before a name as reports say it: "a ThreadPoolExecutor", "an ArrayList". */
public final class Articles {
    private Articles() {
    }

    /** The name with "a " or "an " before it, by its first letter. */
    public static String withArticle(String name) {
        boolean vowel = !name.isEmpty() && "AEIOUaeiou".indexOf(name.charAt(0)) >= 0;
        return (vowel ? "an " : "a ") + name;
    }
}

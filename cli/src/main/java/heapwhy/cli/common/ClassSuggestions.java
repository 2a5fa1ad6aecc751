package heapwhy.cli.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to say when {@code --class} names no class of the dump: the names it was probably meant to be, found
 * the ways people get them wrong (case, the package left out, a nested class written with a dot).
 */
public final class ClassSuggestions {
    public static final int MAX_SHOWN = 5;

    private ClassSuggestions() {
    }

    /**
     * The classes {@code wanted} may have meant, closest first: the same name ignoring case and $ versus dot, then
     * the names that end with it (the package left out), then the same simple name in another package.
     */
    public static List<String> near(String wanted, Collection<String> names) {
        String key = comparable(wanted);
        String simple = key.substring(key.lastIndexOf('.') + 1);
        Set<String> same = new TreeSet<>();
        Set<String> endsWith = new TreeSet<>();
        Set<String> sameSimple = new TreeSet<>();
        for (String name : names) {
            String candidate = comparable(name);
            if (candidate.equals(key)) {
                same.add(name);
            } else if (candidate.endsWith("." + key)) {
                endsWith.add(name);
            } else if (!simple.isEmpty() && candidate.endsWith("." + simple)) {
                sameSimple.add(name);
            }
        }
        Set<String> all = new LinkedHashSet<>(same);
        all.addAll(endsWith);
        all.addAll(sameSimple);
        return new ArrayList<>(all);
    }

    /** The line for a class name that matches none, with the near names if there are any. */
    public static String message(String wanted, Collection<String> names) {
        List<String> near = near(wanted, names);
        String none = "No class is named " + wanted + " in the dump";
        if (near.isEmpty()) {
            return none + " (names are Java's, nested classes with $: com.acme.Outer$Inner; heapwhy histogram "
                    + "--top 0 lists them all).";
        }
        List<String> shown = near.subList(0, Math.min(MAX_SHOWN, near.size()));
        String choices = shown.size() == 1 ? shown.get(0)
                : String.join(", ", shown.subList(0, shown.size() - 1)) + " or " + shown.get(shown.size() - 1);
        String more = near.size() > shown.size() ? " (" + (near.size() - shown.size()) + " more alike)" : "";
        return none + "; did you mean " + choices + more + "?";
    }

    private static String comparable(String name) {
        return name.replace('$', '.').toLowerCase(Locale.ROOT);
    }
}

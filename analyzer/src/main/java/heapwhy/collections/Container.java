package heapwhy.collections;

import heapwhy.classes.ClassNames;
import heapwhy.util.Articles;

import java.util.List;

/**
 * A class that is a container of the JDK or of a well-known library, or a subclass of one.
 *
 * @param className the object's own class ("com.acme.Cache$1" for an anonymous subclass)
 * @param known the known container class it is or extends ("java.util.LinkedHashMap")
 * @param kind what it is to its users
 * @param insides the name prefixes of the classes that make up its insides: the nested classes of each known
 *                container class in its lineage ("java.util.HashMap$"), or a library's package
 */
public record Container(String className, String known, ContainerKind kind, List<String> insides) {
    public Container {
        insides = List.copyOf(insides);
    }

    /**
     * The container as a headline names it: "HashMap", "Guava cache", a JDK or library subclass by its own
     * name ("Stack", "LinkedHashSet", "ArrayListMultimap") unless what it extends has a better one (Caffeine's
     * generated "SSMS" is a "Caffeine cache"), and an application's subclass by both: "ResponseCache$1, a
     * LinkedHashMap".
     */
    public String name() {
        String knownName = Containers.friendlyName(known);
        return switch (ClassOrigin.of(className)) {
            case JDK, LIBRARY -> Containers.hasFriendlyName(known) ? knownName : Containers.friendlyName(className);
            case APPLICATION -> ClassNames.simpleName(className) + ", " + Articles.withArticle(knownName);
        };
    }

    /** Whether a class (by name) is part of this container's insides. */
    public boolean isInside(String name) {
        return isInside(name, insides);
    }

    /**
     * Whether a class (by name; an array by its element class) starts with one of the prefixes of a container's
     * insides, for a walk that has gathered the prefixes of the containers it passed through.
     */
    public static boolean isInside(String name, java.util.Collection<String> prefixes) {
        String element = name.endsWith("[]") ? name.substring(0, name.indexOf('[')) : name;
        for (String prefix : prefixes) {
            if (element.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}

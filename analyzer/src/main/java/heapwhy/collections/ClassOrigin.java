package heapwhy.collections;

import java.util.List;

/**
 * Where a class comes from, for choosing what a report names: what piles up is told by the application's own
 * classes first, then by a library's, and only then by the JDK's. Told by package, as nothing else in a dump
 * says it; the library list names the packages whose classes are someone else's structures in most services.
 */
public enum ClassOrigin {
    JDK, LIBRARY, APPLICATION;

    private static final List<String> JDK_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.",
            "org.w3c.dom.", "org.xml.sax.", "org.ietf.jgss.", "org.jcp.xml.");
    private static final List<String> LIBRARY_PACKAGES = List.of("com.google.common.", "com.google.protobuf.",
            "com.github.benmanes.caffeine.", "org.apache.", "io.netty.", "com.fasterxml.jackson.", "org.slf4j.",
            "ch.qos.logback.", "kotlin.", "kotlinx.", "scala.", "groovy.", "org.codehaus.groovy.", "org.eclipse.jetty.",
            "io.micrometer.", "reactor.", "io.reactivex.", "org.jboss.", "com.zaxxer.hikari.", "org.hibernate.",
            "org.springframework.", "io.grpc.", "okhttp3.", "okio.", "com.squareup.", "org.h2.", "org.postgresql.");

    /** The origin of a class (for an array: of its element class; primitive arrays are the JDK's). */
    public static ClassOrigin of(String className) {
        int bracket = className.indexOf('[');
        String element = bracket < 0 ? className : className.substring(0, bracket);
        if (bracket >= 0 && element.indexOf('.') < 0) {
            return JDK;
        }
        for (String p : JDK_PACKAGES) {
            if (element.startsWith(p)) {
                return JDK;
            }
        }
        for (String p : LIBRARY_PACKAGES) {
            if (element.startsWith(p)) {
                return LIBRARY;
            }
        }
        return APPLICATION;
    }
}

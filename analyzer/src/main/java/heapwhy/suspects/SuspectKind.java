package heapwhy.suspects;

/** What kind of thing a suspect is, which decides how its story is told. */
public enum SuspectKind {
    /** An object whose retained memory accumulates below it (a map, a list, an array of many objects). */
    OBJECT,
    /**
     * A class loader that is not the JDK's own and that something outside the class loader hierarchy keeps
     * alive (a static field, a thread's context loader): the loader is the leak, with all its classes and what
     * their statics hold.
     */
    KEPT_LOADER,
    /**
     * A class loader or a class whose statics hold many objects, none of which passes the threshold alone: the
     * memory is spread over what the statics hold.
     */
    STATICS
}

package heapwhy.collections;

/** What a container is to the code that uses it; its word is how a path step through it reads ("map[…]"). */
public enum ContainerKind {
    MAP("map"), SET("set"), LIST("list"), QUEUE("queue"), DEQUE("deque"), CACHE("cache");

    private final String word;

    ContainerKind(String word) {
        this.word = word;
    }

    /** "map", "list", …: the start of a step through a container of this kind. */
    public String word() {
        return word;
    }
}

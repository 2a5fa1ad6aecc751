package heapwhy.live;

/**
 * One JVM of this user as {@link LiveJvms#list} finds it.
 *
 * @param pid its process id
 * @param command its main class or jar and arguments, as the JVM reports them (may be empty)
 * @param figures its heap and age; null when attaching failed, and then {@code problem} says why
 * @param problem why its figures are missing, or null
 */
public record JvmProcess(long pid, String command, JvmFigures figures, String problem) {
}

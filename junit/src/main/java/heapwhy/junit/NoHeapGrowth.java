package heapwhy.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fails the test when running its body again keeps growing the heap. The body runs {@link #warmups} times (the
 * first is JUnit's own run), so that caches and lazily made tables fill; then the heap is dumped, and the body
 * runs {@link #rounds} more times with a dump after each. heapwhy's why report on those dumps names every place
 * in the object graph (a static field, a collection, a ThreadLocal) whose retained bytes rose in every round and
 * by more than {@link #maxGrowthBytes} in all; if there is one, the test fails with that report, and the dumps
 * are kept (their folder is in the message). Otherwise they are deleted.
 *
 * <p>The dumps are of this JVM, live objects only (each after a full GC), so the body's own garbage does not
 * count; the test pauses for each dump, about a second per 100 MB of heap in use.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ExtendWith(NoHeapGrowthExtension.class)
public @interface NoHeapGrowth {
    /** Runs of the body before the first dump, JUnit's own run included. */
    int warmups() default 2;

    /** Runs after the first dump, each followed by a dump: 2 or more. */
    int rounds() default 3;

    /** Growth allowed from the first dump to the last, in bytes retained by one place. */
    long maxGrowthBytes() default 64 * 1024;
}

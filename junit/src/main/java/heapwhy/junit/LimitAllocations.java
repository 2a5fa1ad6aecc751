package heapwhy.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fails the test when its thread allocates more than the limit while the test method runs ("50 MB", "512 KB",
 * "2 GB", or bytes), as the JVM counts a thread's allocated bytes
 * ({@code com.sun.management.ThreadMXBean.getThreadAllocatedBytes}). That is everything the test's own thread
 * allocates, garbage included, not the heap's peak, and not what other threads (an executor the test starts)
 * allocate.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ExtendWith(LimitAllocationsExtension.class)
public @interface LimitAllocations {
    /** The most the test's thread may allocate: "50 MB", "512 KB", "1 GB" or a number of bytes. */
    String value();
}

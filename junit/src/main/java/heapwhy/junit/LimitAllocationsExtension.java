package heapwhy.junit;

import heapwhy.util.Sizes;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.AssertionFailedError;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;

/** Measures what a {@link LimitAllocations} test's thread allocates while its method runs, and fails it above. */
public final class LimitAllocationsExtension implements InvocationInterceptor {
    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                    ExtensionContext context) throws Throwable {
        LimitAllocations limit = call.getExecutable().getAnnotation(LimitAllocations.class);
        if (limit == null) {
            invocation.proceed();
            return;
        }
        long most = bytes(limit.value());
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        invocation.proceed();
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        if (allocated > most) {
            throw new AssertionFailedError(call.getExecutable().getName() + " allocated " + Sizes.human(allocated)
                    + " on its thread, over the limit of " + Sizes.human(most) + " (@LimitAllocations(\""
                    + limit.value() + "\"))");
        }
    }

    /** "50 MB", "512 KB", "1.5 GB", "1000": a size in bytes (units of 1,024), as {@link Sizes#parse} reads it. */
    static long bytes(String text) {
        long bytes = Sizes.parse(text);
        if (bytes < 0) {
            throw new ExtensionConfigurationException("@LimitAllocations(\"" + text + "\") is no size: write "
                    + "50 MB, 512 KB, 1 GB or a number of bytes");
        }
        return bytes;
    }
}

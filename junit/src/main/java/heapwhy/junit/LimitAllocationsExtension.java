package heapwhy.junit;

import heapwhy.util.Sizes;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.AssertionFailedError;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Measures what a {@link LimitAllocations} test's thread allocates while its method runs, and fails it above. */
public final class LimitAllocationsExtension implements InvocationInterceptor {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmg]?)i?b?");

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

    /** "50 MB", "512 KB", "1.5 GB", "1000": a size in bytes (units of 1,024). */
    static long bytes(String text) {
        Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ExtensionConfigurationException("@LimitAllocations(\"" + text + "\") is no size: write "
                    + "50 MB, 512 KB, 1 GB or a number of bytes");
        }
        int shift = switch (m.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        return (long) (Double.parseDouble(m.group(1)) * (1L << shift));
    }
}

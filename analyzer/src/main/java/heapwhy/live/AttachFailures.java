package heapwhy.live;

import com.sun.tools.attach.VirtualMachine;
import com.sun.tools.attach.VirtualMachineDescriptor;

import java.util.List;
import java.util.Optional;

/**
 * Why attaching to a pid failed, told from what the operating system says of the process: the Attach API's own
 * exceptions say little more than "not supported".
 */
final class AttachFailures {
    private AttachFailures() {
    }

    static LiveJvmException diagnose(long pid, Exception cause) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return new LiveJvmException(LiveJvmException.Reason.NO_SUCH_PROCESS, "no process has pid " + pid, cause);
        }
        ProcessHandle.Info info = process.get().info();
        String me = System.getProperty("user.name");
        Optional<String> user = info.user();
        if (user.isPresent() && !user.get().equals(me)) {
            return new LiveJvmException(LiveJvmException.Reason.OTHER_USER, "process " + pid + " belongs to user "
                    + user.get() + "; heapwhy can attach only to the JVMs of its own user (" + me + ")", cause);
        }
        String command = info.command().orElse("");
        List<String> arguments = List.of(info.arguments().orElse(new String[0]));
        if (arguments.contains("-XX:+DisableAttachMechanism")) {
            return new LiveJvmException(LiveJvmException.Reason.ATTACH_DISABLED, "the JVM of process " + pid
                    + " was started with -XX:+DisableAttachMechanism: nothing can attach to it (take its dumps "
                    + "from inside, or start it without that flag)", cause);
        }
        if (!isJava(command) && !listed(pid)) {
            return new LiveJvmException(LiveJvmException.Reason.NOT_A_JVM, "process " + pid
                    + (command.isEmpty() ? "" : " (" + command + ")") + " is not a Java VM", cause);
        }
        return new LiveJvmException(LiveJvmException.Reason.FAILED, "cannot attach to the JVM of process " + pid
                + ": " + message(cause), cause);
    }

    static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static boolean isJava(String command) {
        String name = command.substring(command.lastIndexOf('/') + 1);
        return name.equals("java") || name.equals("java.exe") || name.equals("javaw.exe");
    }

    private static boolean listed(long pid) {
        for (VirtualMachineDescriptor d : VirtualMachine.list()) {
            if (d.id().equals(Long.toString(pid))) {
                return true;
            }
        }
        return false;
    }
}

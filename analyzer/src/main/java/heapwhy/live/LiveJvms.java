package heapwhy.live;

import com.sun.tools.attach.VirtualMachine;
import com.sun.tools.attach.VirtualMachineDescriptor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The JVMs of this user that the Attach API sees, this one left out. */
public final class LiveJvms {
    private LiveJvms() {
    }

    /** Each JVM with its heap and age; one that cannot be attached to is listed with why, not left out. */
    public static List<JvmProcess> list() {
        long self = ProcessHandle.current().pid();
        List<JvmProcess> found = new ArrayList<>();
        for (VirtualMachineDescriptor d : VirtualMachine.list()) {
            long pid;
            try {
                pid = Long.parseLong(d.id());
            } catch (NumberFormatException e) {
                continue; // not a process id: no JVM this platform names by pid
            }
            if (pid == self) {
                continue;
            }
            try (LiveJvm jvm = LiveJvm.attach(pid)) {
                String command = jvm.command().isEmpty() ? d.displayName() : jvm.command();
                found.add(new JvmProcess(pid, command, jvm.figures(), null));
            } catch (LiveJvmException e) {
                if (e.reason() != LiveJvmException.Reason.NO_SUCH_PROCESS
                        && e.reason() != LiveJvmException.Reason.TARGET_EXITED) {
                    found.add(new JvmProcess(pid, d.displayName(), null, e.getMessage()));
                }
            }
        }
        found.sort(Comparator.comparingLong(JvmProcess::pid));
        return found;
    }
}

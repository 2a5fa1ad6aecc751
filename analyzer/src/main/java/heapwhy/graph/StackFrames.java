package heapwhy.graph;

import heapwhy.classes.DumpClasses;

import java.util.HashMap;
import java.util.Map;

/**
 * The dump's stack traces (FRAME and TRACE records), kept just long enough to name the method and line of
 * each Java frame root: "com.acme.Worker.run(Worker.java:42)".
 */
final class StackFrames {
    private final DumpClasses classes;
    private final Map<Integer, Long> classIdBySerial = new HashMap<>();
    /** frame id → {method name id, source file id, class serial, line}. */
    private final Map<Long, long[]> frames = new HashMap<>();
    private final Map<Integer, long[]> framesByThread = new HashMap<>();

    StackFrames(DumpClasses classes) {
        this.classes = classes;
    }

    void classSerial(int serial, long classId) {
        classIdBySerial.put(serial, classId);
    }

    void frame(long frameId, long methodNameId, long sourceFileId, int classSerial, int line) {
        frames.put(frameId, new long[]{methodNameId, sourceFileId, classSerial, line});
    }

    void trace(int threadSerial, long[] frameIds) {
        framesByThread.put(threadSerial, frameIds);
    }

    /** "Class.method(File.java:line)" of a thread's frame, or "" when the dump does not say. */
    String location(int threadSerial, int frameIndex) {
        long[] ids = framesByThread.get(threadSerial);
        if (ids == null || frameIndex < 0 || frameIndex >= ids.length) {
            return "";
        }
        long[] f = frames.get(ids[frameIndex]);
        if (f == null) {
            return "";
        }
        Long classId = classIdBySerial.get((int) f[2]);
        String className = classId == null ? "?" : classes.javaName(classId);
        String method = classes.string(f[0]);
        String source = classes.string(f[1]);
        int line = (int) f[3];
        String where = line > 0 ? (source == null ? "line " + line : source + ":" + line)
                : line == -3 ? "Native Method"
                : line == -2 ? (source == null ? "compiled code" : source)
                : source == null ? "Unknown Source" : source;
        return className + "." + (method == null ? "?" : method) + "(" + where + ")";
    }
}

package heapwhy.classes;

import heapwhy.hprof.reader.ClassDump;
import heapwhy.hprof.reader.HprofVisitor;

/** A visitor that gathers what the dump says about classes into {@link DumpClasses}; passes extend it. */
public abstract class ClassCollector implements HprofVisitor {
    protected final DumpClasses classes;

    protected ClassCollector(DumpClasses classes) {
        this.classes = classes;
    }

    @Override
    public void utf8(long id, byte[] modifiedUtf8) {
        classes.addString(id, modifiedUtf8);
    }

    @Override
    public void loadClass(int serial, long classId, int traceSerial, long nameId) {
        classes.addLoadClass(classId, nameId);
    }

    @Override
    public void classDump(ClassDump dump) {
        classes.addClassDump(dump);
    }
}

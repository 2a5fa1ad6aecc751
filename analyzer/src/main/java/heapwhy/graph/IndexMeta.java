package heapwhy.graph;

import heapwhy.hprof.Compression;
import heapwhy.hprof.DumpInfo;
import heapwhy.hprof.RootKind;
import heapwhy.layout.HeapLayout;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything of an index that is not per object: the dump's fingerprint, header facts, layout, class table,
 * roots, counts, warnings, the class each class mirror stands for, and the length and CRC32C of every array
 * file, so that a stale, truncated or damaged index is recognised on open. The meta file itself ends with the
 * CRC32C of what precedes it.
 */
record IndexMeta(Fingerprint fingerprint, DumpInfo info, HeapLayout layout, int nodeCount, long edgeCount,
                 long danglingReferences, int inGraph, long graphBytes, List<HeapClass> classes,
                 List<GcRoot> roots, Map<String, String> systemProperties, List<String> warnings,
                 int[] mirrorNodes, List<String> mirrorNames, List<Long> classKeys, List<ClassShape> shapes,
                 Map<String, long[]> files) {

    static final String MAGIC = "heapwhy index";
    /** 6: a GC root whose object was never dumped stores HeapIndex.NOT_FOUND, no longer -1. */
    static final int FORMAT = 6;

    /** What identifies the dump and the options the index was built with. */
    record Fingerprint(String dump, long size, long modifiedMillis, boolean keepUnreachable) {
    }

    void write(DataOutputStream out) throws IOException {
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(fingerprint.dump());
        out.writeLong(fingerprint.size());
        out.writeLong(fingerprint.modifiedMillis());
        out.writeBoolean(fingerprint.keepUnreachable());
        out.writeUTF(info.compression().name());
        out.writeUTF(info.version());
        out.writeInt(info.idSize());
        out.writeLong(info.timestampMillis());
        out.writeInt(layout.headerBytes());
        out.writeInt(layout.referenceBytes());
        out.writeInt(layout.objectAlignment());
        for (int base : layout.arrayBaseOffsets()) {
            out.writeInt(base);
        }
        out.writeUTF(layout.source());
        out.writeInt(nodeCount);
        out.writeLong(edgeCount);
        out.writeLong(danglingReferences);
        out.writeInt(inGraph);
        out.writeLong(graphBytes);
        out.writeInt(classes.size());
        for (HeapClass c : classes) {
            out.writeUTF(c.name());
            out.writeBoolean(c.loader() != null);
            if (c.loader() != null) {
                out.writeUTF(c.loader());
            }
            out.writeBoolean(c.nameIsShared());
            out.writeLong(c.count());
            out.writeLong(c.shallowBytes());
            out.writeLong(c.retainedBytes());
            out.writeLong(c.unreachableCount());
            out.writeLong(c.unreachableBytes());
        }
        out.writeInt(roots.size());
        for (GcRoot r : roots) {
            out.writeInt(r.kind().tag());
            out.writeInt(r.node());
            out.writeLong(r.objectId());
            out.writeInt(r.threadSerial());
            out.writeInt(r.frame());
            out.writeUTF(r.location());
        }
        writeStrings(out, systemProperties);
        out.writeInt(warnings.size());
        for (String w : warnings) {
            out.writeUTF(w);
        }
        out.writeInt(mirrorNodes.length);
        for (int i = 0; i < mirrorNodes.length; i++) {
            out.writeInt(mirrorNodes[i]);
            out.writeUTF(mirrorNames.get(i));
        }
        out.writeInt(classKeys.size());
        for (long key : classKeys) {
            out.writeLong(key);
        }
        out.writeInt(shapes.size());
        for (ClassShape c : shapes) {
            out.writeLong(c.id());
            out.writeUTF(c.name());
            out.writeLong(c.superId());
            out.writeLong(c.loaderId());
            out.writeInt(c.fieldNames().length);
            for (int i = 0; i < c.fieldNames().length; i++) {
                out.writeUTF(c.fieldNames()[i]);
                out.writeByte(c.fieldTypes()[i]);
            }
            out.writeInt(c.staticNames().length);
            for (int i = 0; i < c.staticNames().length; i++) {
                out.writeUTF(c.staticNames()[i]);
                out.writeByte(c.staticTypes()[i]);
                out.writeLong(c.staticValues()[i]);
            }
        }
        out.writeInt(files.size());
        for (Map.Entry<String, long[]> f : files.entrySet()) {
            out.writeUTF(f.getKey());
            out.writeLong(f.getValue()[0]);
            out.writeLong(f.getValue()[1]);
        }
        out.writeUTF(MAGIC);
    }

    private static void writeStrings(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    /** Reads a meta file; any inconsistency is an IOException (the caller rebuilds). */
    static IndexMeta read(DataInputStream in, Path dumpFile) throws IOException {
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
            throw new IOException("not an index of this heapwhy version");
        }
        Fingerprint fingerprint = new Fingerprint(in.readUTF(), in.readLong(), in.readLong(), in.readBoolean());
        Compression compression = Compression.valueOf(in.readUTF());
        DumpInfo info = new DumpInfo(dumpFile, fingerprint.size(), compression, in.readUTF(), in.readInt(),
                in.readLong());
        int header = in.readInt();
        int refs = in.readInt();
        int alignment = in.readInt();
        int[] bases = new int[12];
        for (int i = 0; i < bases.length; i++) {
            bases[i] = in.readInt();
        }
        HeapLayout layout = new HeapLayout(header, refs, alignment, bases, in.readUTF());
        int nodeCount = in.readInt();
        long edgeCount = in.readLong();
        long dangling = in.readLong();
        int inGraph = in.readInt();
        long graphBytes = in.readLong();
        int classCount = checkedCount(in.readInt());
        List<HeapClass> classes = new ArrayList<>(classCount);
        for (int i = 0; i < classCount; i++) {
            String name = in.readUTF();
            String loader = in.readBoolean() ? in.readUTF() : null;
            classes.add(new HeapClass(name, loader, in.readBoolean(), in.readLong(), in.readLong(), in.readLong(),
                    in.readLong(), in.readLong()));
        }
        int rootCount = checkedCount(in.readInt());
        List<GcRoot> roots = new ArrayList<>(rootCount);
        for (int i = 0; i < rootCount; i++) {
            roots.add(new GcRoot(RootKind.ofTag(in.readInt()), in.readInt(), in.readLong(), in.readInt(),
                    in.readInt(), in.readUTF()));
        }
        Map<String, String> properties = new LinkedHashMap<>();
        int propertyCount = checkedCount(in.readInt());
        for (int i = 0; i < propertyCount; i++) {
            properties.put(in.readUTF(), in.readUTF());
        }
        int warningCount = checkedCount(in.readInt());
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < warningCount; i++) {
            warnings.add(in.readUTF());
        }
        int mirrorCount = checkedCount(in.readInt());
        int[] mirrorNodes = new int[mirrorCount];
        List<String> mirrorNames = new ArrayList<>(mirrorCount);
        for (int i = 0; i < mirrorCount; i++) {
            mirrorNodes[i] = in.readInt();
            mirrorNames.add(in.readUTF());
        }
        int keyCount = checkedCount(in.readInt());
        List<Long> classKeys = new ArrayList<>(keyCount);
        for (int i = 0; i < keyCount; i++) {
            classKeys.add(in.readLong());
        }
        int shapeCount = checkedCount(in.readInt());
        List<ClassShape> shapes = new ArrayList<>(shapeCount);
        for (int i = 0; i < shapeCount; i++) {
            long id = in.readLong();
            String name = in.readUTF();
            long superId = in.readLong();
            long loaderId = in.readLong();
            int fields = checkedCount(in.readInt());
            String[] fieldNames = new String[fields];
            byte[] fieldTypes = new byte[fields];
            for (int f = 0; f < fields; f++) {
                fieldNames[f] = in.readUTF();
                fieldTypes[f] = in.readByte();
            }
            int statics = checkedCount(in.readInt());
            String[] staticNames = new String[statics];
            byte[] staticTypes = new byte[statics];
            long[] staticValues = new long[statics];
            for (int f = 0; f < statics; f++) {
                staticNames[f] = in.readUTF();
                staticTypes[f] = in.readByte();
                staticValues[f] = in.readLong();
            }
            shapes.add(new ClassShape(id, name, superId, loaderId, fieldNames, fieldTypes, staticNames, staticTypes,
                    staticValues));
        }
        int fileCount = checkedCount(in.readInt());
        Map<String, long[]> files = new LinkedHashMap<>();
        for (int i = 0; i < fileCount; i++) {
            files.put(in.readUTF(), new long[]{in.readLong(), in.readLong()});
        }
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("index metadata does not end as it should");
        }
        return new IndexMeta(fingerprint, info, layout, nodeCount, edgeCount, dangling, inGraph, graphBytes,
                classes, roots, properties, warnings, mirrorNodes, mirrorNames, classKeys, shapes, files);
    }

    private static int checkedCount(int n) throws IOException {
        if (n < 0 || n > 50_000_000) {
            throw new IOException("implausible count " + n + " in index metadata");
        }
        return n;
    }
}

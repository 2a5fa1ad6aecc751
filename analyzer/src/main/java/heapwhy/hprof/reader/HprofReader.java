package heapwhy.hprof.reader;

import heapwhy.hprof.BasicType;
import heapwhy.hprof.Compression;
import heapwhy.hprof.DumpFormat;
import heapwhy.hprof.DumpInfo;
import heapwhy.hprof.HprofException;
import heapwhy.hprof.ProgressListener;
import heapwhy.hprof.RootKind;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams one dump's records to a visitor, checking every length against the file and its segment.
 * A heap segment cut short by the end of the file yields a warning and everything complete before the
 * cut; every other inconsistency is an {@link HprofException} naming the byte offset. The file is only
 * ever opened for reading.
 */
public final class HprofReader {
    private static final int MAX_STRING_BYTES = 16 << 20;
    private static final long PROGRESS_STEP = 16 << 20;
    private static final long FOUR_GB = 1L << 32;
    /** More than one chunked-gzip member (1 MiB) beyond what the reader has buffered. */
    private static final long GZIP_CHECK_AHEAD = 4L << 20;

    private final Path file;
    private final HprofVisitor visitor;
    private final ProgressListener progress;
    private final List<String> warnings = new ArrayList<>();
    private long fileSize;
    private long nextProgress = PROGRESS_STEP;
    private HprofInput in;
    private CountingStream compressedCounter;
    private int idSize;
    private boolean heapDumpSeen;
    private boolean heapDumpEnded;
    private boolean truncated;
    /** Set when the inflater met the end of a gzip file in the middle of a member. */
    private boolean endedEarly;

    private HprofReader(Path file, HprofVisitor visitor, ProgressListener progress) {
        this.file = file;
        this.visitor = visitor;
        this.progress = progress;
    }

    /** What a complete read found besides the records. */
    public record Result(DumpInfo info, List<String> warnings, boolean truncated) {
    }

    /** Reads the whole dump into the visitor. */
    public static Result read(Path file, HprofVisitor visitor, ProgressListener progress) throws IOException {
        return new HprofReader(file, visitor, progress).run();
    }

    private Result run() throws IOException {
        if (Files.isDirectory(file)) {
            throw new HprofException(file, 0, "is a directory, not a heap dump file");
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new HprofException(file, 0, "no such file");
        }
        try (channel) {
            fileSize = channel.size();
            Compression compression = Compression.of(file);
            if (compression == Compression.NONE) {
                in = HprofInput.of(channel);
                return readDump(compression);
            }
            compressedCounter = new CountingStream(Channels.newInputStream(channel));
            InputStream gunzip;
            try {
                gunzip = new GZIPInputStream(compressedCounter, 1 << 16);
            } catch (IOException e) {
                // the constructor reads the first member's header: a cut or damaged header ends up here
                throw new HprofException(file, 0, "broken gzip data: the gzip header is "
                        + (e instanceof EOFException ? "cut short" : "invalid (" + e.getMessage() + ")"), e);
            }
            InputStream inflated = new BufferedInputStream(new EndTolerantStream(gunzip), 1 << 16);
            DumpFormat.checkGzipContent(file, inflated);
            in = HprofInput.of(inflated);
            try {
                return readDump(compression);
            } catch (ZipException e) {
                throw brokenGzip(e);
            } catch (HprofException e) {
                // garbage inflated from damaged compressed data often looks like a format error before the
                // member's CRC is checked: read on a little to tell the two apart
                ZipException damage = gzipDamageAhead(inflated);
                if (damage != null) {
                    throw brokenGzip(damage);
                }
                throw new HprofException(file, e.offset(), e.problem()
                        + " (offset in the uncompressed content of the gzip file)", e);
            }
        }
    }

    private HprofException brokenGzip(ZipException e) {
        return new HprofException(file, in.position(), "broken gzip data near compressed byte "
                + compressedCounter.count + ": " + e.getMessage(), e);
    }

    /** Inflates up to {@value #GZIP_CHECK_AHEAD} more bytes; returns the gzip error met on the way, if any. */
    private static ZipException gzipDamageAhead(InputStream inflated) {
        byte[] sink = new byte[1 << 16];
        long left = GZIP_CHECK_AHEAD;
        try {
            while (left > 0) {
                int n = inflated.read(sink, 0, (int) Math.min(sink.length, left));
                if (n < 0) {
                    return null;
                }
                left -= n;
            }
        } catch (ZipException e) {
            return e;
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private Result readDump(Compression compression) throws IOException {
        String version;
        long timestamp;
        try {
            version = readVersion();
            long ids = in.u4("id size");
            if (ids != 4 && ids != 8) {
                throw new HprofException(file, version.length() + 1, "id size " + ids + " is not 4 or 8");
            }
            idSize = (int) ids;
            in.idSize(idSize);
            timestamp = in.i8("time stamp");
        } catch (TruncatedInputException e) {
            throw new HprofException(file, e.offset, "file ends inside the HPROF header");
        }
        DumpInfo info = new DumpInfo(file, fileSize, compression, version, idSize, timestamp);
        readRecords();
        if (heapDumpSeen && !heapDumpEnded && !truncated && version.endsWith("1.0.2")) {
            warnings.add("no HEAP_DUMP_END record: the dump may be incomplete");
        }
        if (endedEarly) {
            warnings.add("the gzip stream ends early: the compressed file is truncated");
        }
        progress.progress(fileSize, fileSize);
        return new Result(info, warnings, truncated);
    }

    private String readVersion() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            int c = in.u1("header");
            if (c == 0) {
                String version = sb.toString();
                if (!version.equals("JAVA PROFILE 1.0.1") && !version.equals("JAVA PROFILE 1.0.2")
                        && !version.equals("JAVA PROFILE 1.0.3")) {
                    throw new HprofException(file, 0, "unsupported HPROF version \"" + version
                            + "\" (heapwhy reads 1.0.1, 1.0.2 and 1.0.3)");
                }
                return version;
            }
            sb.append((char) c);
        }
        throw new HprofException(file, 0, "the HPROF header's version string is not terminated");
    }

    private void readRecords() throws IOException {
        while (true) {
            long recordStart = in.position();
            if (!in.has(1)) {
                return;
            }
            int tag = in.u1("record tag");
            long length;
            try {
                in.i4("record time");
                length = in.u4("record length");
            } catch (TruncatedInputException e) {
                throw new HprofException(file, recordStart, "file ends inside a record header (tag 0x"
                        + hex(tag) + ")");
            }
            long bodyStart = in.position();
            long end = bodyStart + length;
            reportProgress(bodyStart);
            if (tag == RecordTags.HEAP_DUMP || tag == RecordTags.HEAP_DUMP_SEGMENT) {
                if (heapDumpEnded || (tag == RecordTags.HEAP_DUMP && heapDumpSeen)) {
                    warnings.add("the file holds more than one heap dump; only the first was read");
                    return;
                }
                heapDumpSeen = true;
                boolean toEnd = length == 0 || wrappedLength(tag, bodyStart, length);
                if (toEnd) {
                    end = Long.MAX_VALUE;
                } else if (in.isFile() && end > fileSize) {
                    warnings.add("the dump is truncated: the heap segment at byte " + recordStart + " claims "
                            + length + " bytes but the file ends at byte " + fileSize
                            + "; kept every complete object before the cut");
                    truncated = true;
                    end = Long.MAX_VALUE;
                }
                if (readHeap(recordStart, end)) {
                    return;
                }
                continue;
            }
            if (tag == RecordTags.HEAP_DUMP_END) {
                heapDumpEnded = true;
            }
            if (in.isFile() && end > fileSize) {
                throw new HprofException(file, recordStart, "record (tag 0x" + hex(tag) + ") claims " + length
                        + " bytes, past the end of the file at byte " + fileSize);
            }
            try {
                readTopLevel(tag, recordStart, length);
                long at = in.position();
                if (at > end) {
                    throw new HprofException(file, recordStart, "record (tag 0x" + hex(tag) + ") is longer than"
                            + " its stated length " + length);
                }
                in.skip(end - at, "record body");
            } catch (TruncatedInputException e) {
                throw new HprofException(file, e.offset, "file ends inside a record (tag 0x" + hex(tag)
                        + ") that starts at byte " + recordStart);
            }
        }
    }

    /** A 1.0.1 HEAP_DUMP over 4 GiB has its u4 length wrapped; the record then runs to the end of the file. */
    private boolean wrappedLength(int tag, long bodyStart, long length) {
        if (tag != RecordTags.HEAP_DUMP || !in.isFile()) {
            return false;
        }
        long left = fileSize - bodyStart;
        return left > FOUR_GB && left != length && (left - length) % FOUR_GB == 0;
    }

    private void readTopLevel(int tag, long recordStart, long length) throws IOException {
        switch (tag) {
            case RecordTags.UTF8 -> {
                if (length < idSize) {
                    throw new HprofException(file, recordStart, "UTF8 record of " + length
                            + " bytes is shorter than an id");
                }
                long id = in.id("string id");
                long n = length - idSize;
                if (!visitor.wantsStrings()) {
                    return;
                }
                if (n > MAX_STRING_BYTES) {
                    throw new HprofException(file, recordStart, "UTF8 record of " + n + " bytes is implausibly long");
                }
                visitor.utf8(id, in.bytes((int) n, "string"));
            }
            case RecordTags.LOAD_CLASS -> {
                int serial = in.i4("class serial");
                long classId = in.id("class id");
                int trace = in.i4("trace serial");
                long nameId = in.id("class name id");
                visitor.loadClass(serial, classId, trace, nameId);
            }
            case RecordTags.FRAME -> {
                long frameId = in.id("frame id");
                long method = in.id("method name id");
                long signature = in.id("method signature id");
                long source = in.id("source file id");
                int classSerial = in.i4("class serial");
                int line = in.i4("line number");
                visitor.frame(frameId, method, signature, source, classSerial, line);
            }
            case RecordTags.TRACE -> {
                int serial = in.i4("trace serial");
                int thread = in.i4("thread serial");
                long n = in.u4("frame count");
                if (n * idSize > length - 12) {
                    throw new HprofException(file, recordStart, "stack trace claims " + n
                            + " frames, more than its record holds");
                }
                // grow with the frames actually read: in a gzip stream the length is not checked against
                // the file, and a damaged one must not make us allocate gigabytes up front
                long[] frames = new long[(int) Math.min(n, 1024)];
                for (int i = 0; i < n; i++) {
                    if (i == frames.length) {
                        frames = Arrays.copyOf(frames, (int) Math.min(n, 2L * frames.length));
                    }
                    frames[i] = in.id("frame id");
                }
                visitor.trace(serial, thread, frames);
            }
            default -> {
                // other top-level records carry nothing the analyses use; they are skipped by length
            }
        }
    }

    /**
     * Reads sub-records up to {@code end} (Long.MAX_VALUE: to the end of the input, cut records allowed).
     *
     * @return true when reading must stop (the input ended)
     */
    private boolean readHeap(long recordStart, long end) throws IOException {
        boolean openEnded = end == Long.MAX_VALUE;
        while (true) {
            long at = in.position();
            if (at >= end) {
                if (at > end) {
                    throw new HprofException(file, at, "heap segment starting at byte " + recordStart
                            + " overruns its stated end at byte " + end);
                }
                return false;
            }
            if (openEnded && !in.has(1)) {
                return true;
            }
            reportProgress(at);
            try {
                if (!readSubRecord(at, end)) {
                    return true;
                }
            } catch (TruncatedInputException e) {
                // a compressed dump's segment can only be seen to run past the end once the stream ends
                noteCut(e.offset);
                return true;
            }
        }
    }

    /** @return false when the record was cut by the end of an open-ended segment */
    private boolean readSubRecord(long at, long end) throws IOException {
        int tag = in.u1("sub-record tag");
        switch (tag) {
            case SubRecordTags.ROOT_UNKNOWN, SubRecordTags.ROOT_STICKY_CLASS, SubRecordTags.ROOT_MONITOR_USED,
                    SubRecordTags.ROOT_INTERNED_STRING, SubRecordTags.ROOT_FINALIZING, SubRecordTags.ROOT_DEBUGGER,
                    SubRecordTags.ROOT_REFERENCE_CLEANUP, SubRecordTags.ROOT_VM_INTERNAL,
                    SubRecordTags.ROOT_UNREACHABLE ->
                    visitor.root(RootKind.ofTag(tag), in.id("root id"), 0, -1);
            case SubRecordTags.ROOT_JNI_GLOBAL -> {
                long id = in.id("root id");
                in.id("JNI global ref");
                visitor.root(RootKind.JNI_GLOBAL, id, 0, -1);
            }
            case SubRecordTags.ROOT_JNI_LOCAL, SubRecordTags.ROOT_JAVA_FRAME,
                    SubRecordTags.ROOT_JNI_MONITOR -> {
                long id = in.id("root id");
                int thread = in.i4("thread serial");
                int frame = in.i4("frame number");
                visitor.root(RootKind.ofTag(tag), id, thread, frame);
            }
            case SubRecordTags.ROOT_NATIVE_STACK, SubRecordTags.ROOT_THREAD_BLOCK -> {
                long id = in.id("root id");
                int thread = in.i4("thread serial");
                visitor.root(RootKind.ofTag(tag), id, thread, -1);
            }
            case SubRecordTags.ROOT_THREAD_OBJECT -> {
                long id = in.id("thread id");
                int thread = in.i4("thread serial");
                in.i4("stack trace serial");
                visitor.root(RootKind.THREAD_OBJECT, id, thread, -1);
            }
            case SubRecordTags.CLASS_DUMP -> readClassDump(at);
            case SubRecordTags.INSTANCE_DUMP -> {
                long id = in.id("object id");
                in.i4("stack trace serial");
                long classId = in.id("class id");
                long n = in.u4("instance payload length");
                long payloadEnd = checkedEnd(at, n, end, "instance");
                if (payloadEnd < 0) {
                    return false;
                }
                visitor.instance(id, classId, n, in);
                skipTo(payloadEnd, "instance fields");
            }
            case SubRecordTags.OBJECT_ARRAY_DUMP -> {
                long id = in.id("array id");
                in.i4("stack trace serial");
                long length = in.u4("array length");
                long classId = in.id("array class id");
                long payloadEnd = checkedEnd(at, length * idSize, end, "object array");
                if (payloadEnd < 0) {
                    return false;
                }
                visitor.objectArray(id, classId, (int) length, in);
                skipTo(payloadEnd, "array elements");
            }
            case SubRecordTags.PRIMITIVE_ARRAY_DUMP, SubRecordTags.PRIMITIVE_ARRAY_NODATA -> {
                long id = in.id("array id");
                in.i4("stack trace serial");
                long length = in.u4("array length");
                int type = in.u1("element type");
                if (!BasicType.isPrimitive(type)) {
                    throw new HprofException(file, at, "primitive array with invalid element type " + type);
                }
                if (tag == SubRecordTags.PRIMITIVE_ARRAY_NODATA) { // the length without the elements
                    visitor.primitiveArray(id, type, (int) length, null);
                    return true;
                }
                long payloadEnd = checkedEnd(at, length * BasicType.size(type, idSize), end, "primitive array");
                if (payloadEnd < 0) {
                    return false;
                }
                visitor.primitiveArray(id, type, (int) length, in);
                skipTo(payloadEnd, "array elements");
            }
            case SubRecordTags.HEAP_DUMP_INFO -> {
                in.i4("heap id");
                in.id("heap name id");
            }
            default -> throw new HprofException(file, at, "unknown heap-dump sub-record tag 0x" + hex(tag));
        }
        return true;
    }

    /**
     * The end of a payload of {@code n} bytes starting here, checked against the segment's end.
     * Returns -1 when an open-ended (truncated) segment cuts the payload.
     */
    private long checkedEnd(long recordStart, long n, long segmentEnd, String what) throws IOException {
        long payloadEnd = in.position() + n;
        if (in.isFile() ? payloadEnd > fileSize : n < (1 << 19) && !in.has((int) n)) {
            if (segmentEnd != Long.MAX_VALUE && in.isFile()) {
                throw new HprofException(file, recordStart, what + " of " + n + " bytes runs past the end of the file");
            }
            noteCut(recordStart);
            return -1;
        }
        if (payloadEnd > segmentEnd) {
            throw new HprofException(file, recordStart, what + " of " + n + " bytes runs past the end of its"
                    + " heap segment at byte " + segmentEnd);
        }
        return payloadEnd;
    }

    private void noteCut(long recordStart) {
        if (!truncated) {
            warnings.add("the dump is truncated at byte " + recordStart + " inside a heap segment; kept every"
                    + " complete object before the cut");
            truncated = true;
        }
    }

    private void skipTo(long target, String what) throws IOException {
        long at = in.position();
        if (at > target) {
            throw new IllegalStateException("visitor read past the payload end");
        }
        in.skip(target - at, what);
    }

    private void readClassDump(long at) throws IOException {
        long id = in.id("class id");
        in.i4("stack trace serial");
        long superId = in.id("super class id");
        long loaderId = in.id("class loader id");
        in.id("signers id");
        in.id("protection domain id");
        in.id("reserved");
        in.id("reserved");
        long instanceSize = in.u4("instance size");
        int constants = in.u2("constant pool size");
        for (int i = 0; i < constants; i++) {
            in.u2("constant pool index");
            int type = in.u1("constant type");
            requireType(type, at, "constant pool entry");
            in.value(type, "constant value");
        }
        int statics = in.u2("static field count");
        long[] staticNames = new long[statics];
        byte[] staticTypes = new byte[statics];
        long[] staticValues = new long[statics];
        for (int i = 0; i < statics; i++) {
            staticNames[i] = in.id("static field name");
            int type = in.u1("static field type");
            requireType(type, at, "static field");
            staticTypes[i] = (byte) type;
            staticValues[i] = in.value(type, "static field value");
        }
        int fields = in.u2("instance field count");
        long[] fieldNames = new long[fields];
        byte[] fieldTypes = new byte[fields];
        for (int i = 0; i < fields; i++) {
            fieldNames[i] = in.id("field name");
            int type = in.u1("field type");
            requireType(type, at, "instance field");
            fieldTypes[i] = (byte) type;
        }
        visitor.classDump(new ClassDump(id, superId, loaderId, instanceSize, staticNames, staticTypes,
                staticValues, fieldNames, fieldTypes));
    }

    private void requireType(int type, long at, String what) throws HprofException {
        if (!BasicType.isValid(type)) {
            throw new HprofException(file, at, "class dump with an invalid type " + type + " for a " + what);
        }
    }

    private void reportProgress(long position) {
        if (position >= nextProgress) {
            long done = compressedCounter != null ? compressedCounter.count : position;
            progress.progress(Math.min(done, fileSize), fileSize);
            nextProgress = position + PROGRESS_STEP;
        }
    }

    private static String hex(int tag) {
        return String.format("%02X", tag);
    }

    /** Decodes HPROF's modified UTF-8 leniently (bad sequences become U+FFFD rather than an error). */
    public static String decode(byte[] modifiedUtf8) {
        return new String(modifiedUtf8, StandardCharsets.UTF_8);
    }

    /** Counts compressed bytes consumed, for progress and for error offsets in gzip files. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /**
     * Turns the inflater's "unexpected end" into a plain end of stream, so that a truncated gzip dump is
     * handled like a truncated plain one.
     */
    private final class EndTolerantStream extends FilterInputStream {
        EndTolerantStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (EOFException e) {
                endedEarly = true;
                return -1;
            }
        }
    }
}

package heapwhy.hprof.reader;

import heapwhy.hprof.HprofException;
import heapwhy.testdumps.synthetic.Gzip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random access into synthetic chunked gzip files, whole and broken. Real JVM dumps: {@link ChunkedGzipDumpTest}. */
class ChunkedGzipTest {
    static final int MEMBER = 1000;

    @TempDir
    Path dir;

    /** Half random bytes, half repetitive text, so that deflate uses both stored and compressed blocks. */
    static byte[] data(int size, long seed) {
        Random r = new Random(seed);
        byte[] d = new byte[size];
        byte[] text = "java.lang.String heapwhy.Cache$Entry byte[] ".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < size; i++) {
            d[i] = (i / 4096) % 2 == 0 ? (byte) r.nextInt() : text[(i * 7 + i / 4096) % text.length];
        }
        return d;
    }

    Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Compressed offset of member {@code k} of {@code Gzip.chunked(data, MEMBER)}: members are independent. */
    static int memberStart(byte[] data, int k) {
        return k == 0 ? 0 : Gzip.chunked(Arrays.copyOf(data, k * MEMBER), MEMBER).length;
    }

    static void assertReadsEqual(ChunkedGzip gz, byte[] data, long pos, int len) throws IOException {
        byte[] got = new byte[len + 2];
        int n = gz.read(pos, got, 1, len);
        int want = (int) Math.min(len, data.length - pos);
        if (len > 0 && pos >= data.length) {
            assertEquals(-1, n, "read at " + pos);
            return;
        }
        assertEquals(want, n, "bytes read at " + pos + " len " + len);
        assertArrayEquals(Arrays.copyOfRange(data, (int) pos, (int) pos + want), Arrays.copyOfRange(got, 1, 1 + n),
                "bytes at " + pos + " len " + len);
    }

    @Test
    void randomReadsAcrossManyMembersEqualTheOriginalBytes() throws IOException {
        byte[] data = data(1_234_567, 42);
        Path f = write("many.gz", Gzip.chunked(data, MEMBER));
        try (ChunkedGzip gz = ChunkedGzip.open(f)) {
            assertEquals(data.length, gz.length());
            assertEquals(1235, gz.memberCount());
            assertFalse(gz.truncated());
            Random r = new Random(7);
            for (int i = 0; i < 1000; i++) {
                long pos = r.nextInt(data.length + 1);
                int len = r.nextInt(i % 10 == 0 ? 20_000 : 3000);
                assertReadsEqual(gz, data, pos, len);
            }
            for (int k = 1; k < 1235; k += 97) { // straddling member boundaries
                assertReadsEqual(gz, data, (long) k * MEMBER - 3, 7);
                assertReadsEqual(gz, data, (long) k * MEMBER - 1, 1);
                assertReadsEqual(gz, data, (long) k * MEMBER, 1);
                assertReadsEqual(gz, data, (long) k * MEMBER - 500, 2 * MEMBER + 1000);
            }
            assertReadsEqual(gz, data, data.length - 1, 10); // the very end: 1 byte
            assertReadsEqual(gz, data, data.length - 567, 567);
            assertReadsEqual(gz, data, data.length, 1); // -1
            assertReadsEqual(gz, data, data.length + 100, 1);
            assertReadsEqual(gz, data, 0, data.length); // everything in one read
            assertEquals(0, gz.read(data.length, new byte[1], 0, 0));
        }
    }

    @Test
    void streamFromAPositionReadsEveryByteToTheEnd() throws IOException {
        byte[] data = data(50_000, 3);
        Path f = write("s.gz", Gzip.chunked(data, MEMBER));
        try (ChunkedGzip gz = ChunkedGzip.open(f)) {
            assertArrayEquals(data, gz.streamFrom(0).readAllBytes());
            assertArrayEquals(Arrays.copyOfRange(data, 12_345, data.length), gz.streamFrom(12_345).readAllBytes());
            var in = gz.streamFrom(999);
            assertEquals(data[999] & 0xff, in.read());
            assertEquals(data[1000] & 0xff, in.read());
            assertEquals(10_000, in.skip(10_000));
            assertEquals(data[11_001] & 0xff, in.read());
            assertEquals(-1, gz.streamFrom(data.length).read());
        }
    }

    @Test
    void lengthAndMemberCountAreExactForEvenAndEmptyInput() throws IOException {
        byte[] even = data(10 * MEMBER, 5);
        try (ChunkedGzip gz = ChunkedGzip.open(write("even.gz", Gzip.chunked(even, MEMBER)))) {
            assertEquals(10, gz.memberCount());
            assertEquals(10 * MEMBER, gz.length());
            assertReadsEqual(gz, even, 10 * MEMBER - 1, 5);
        }
        try (ChunkedGzip gz = ChunkedGzip.open(write("empty.gz", Gzip.chunked(new byte[0], MEMBER)))) {
            assertEquals(1, gz.memberCount());
            assertEquals(0, gz.length());
            assertEquals(-1, gz.read(0, new byte[4], 0, 4));
        }
    }

    @Test
    void chunkedFilesAreRecognisedByTheirFirstHeaderComment() throws IOException {
        byte[] data = data(5000, 1);
        assertTrue(ChunkedGzip.isChunked(write("c.gz", Gzip.chunked(data, MEMBER))));
        assertFalse(ChunkedGzip.isChunked(write("p.gz", Gzip.plain(data))));
        assertFalse(ChunkedGzip.isChunked(write("x.hprof", "JAVA PROFILE 1.0.2\0".getBytes(StandardCharsets.US_ASCII))));
        assertFalse(ChunkedGzip.isChunked(write("e", new byte[0])));
        assertFalse(ChunkedGzip.isChunked(write("short.gz", Arrays.copyOf(Gzip.chunked(data, MEMBER), 14))));
    }

    @Test
    void plainSingleMemberGzipOpensAsOneMember() throws IOException {
        byte[] data = data(300_000, 9);
        try (ChunkedGzip gz = ChunkedGzip.open(write("p.gz", Gzip.plain(data)))) {
            assertEquals(1, gz.memberCount());
            assertEquals(data.length, gz.length());
            assertReadsEqual(gz, data, 123_456, 70_000);
        }
    }

    @Test
    void aFileThatIsNotGzipIsRejectedAtByteZero() throws IOException {
        Path f = write("x.hprof", "JAVA PROFILE 1.0.2\0".getBytes(StandardCharsets.US_ASCII));
        HprofException e = assertThrows(HprofException.class, () -> ChunkedGzip.open(f));
        assertEquals(0, e.offset());
        assertTrue(e.getMessage().contains("not a gzip file"), e.getMessage());
        HprofException empty = assertThrows(HprofException.class, () -> ChunkedGzip.open(write("e", new byte[0])));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
    }

    @Test
    void fileEndingInsideAMemberKeepsTheCompleteMembers() throws IOException {
        byte[] data = data(20 * MEMBER + 300, 11);
        byte[] gz = Gzip.chunked(data, MEMBER);
        int start7 = memberStart(data, 7);
        int start8 = memberStart(data, 8);
        // cut inside member 7's header, its deflate data and its trailer
        for (int cut : new int[] {start7 + 1, start7 + 5, start7 + 10, (start7 + start8) / 2, start8 - 8, start8 - 1}) {
            Path f = write("cut" + cut + ".gz", Arrays.copyOf(gz, cut));
            try (ChunkedGzip c = ChunkedGzip.open(f)) {
                assertTrue(c.truncated(), "cut at " + cut);
                assertEquals(7, c.memberCount(), "cut at " + cut);
                assertEquals(7 * MEMBER, c.length(), "cut at " + cut);
                byte[] head = Arrays.copyOf(data, 7 * MEMBER);
                assertArrayEquals(head, c.streamFrom(0).readAllBytes());
                assertReadsEqual(c, head, 7 * MEMBER - 10, 100);
            }
        }
        // cut exactly at a member boundary: a shorter but whole file
        try (ChunkedGzip c = ChunkedGzip.open(write("boundary.gz", Arrays.copyOf(gz, start8)))) {
            assertFalse(c.truncated());
            assertEquals(8, c.memberCount());
        }
        // cut inside the first member: nothing readable, but it opens
        try (ChunkedGzip c = ChunkedGzip.open(write("first.gz", Arrays.copyOf(gz, 40)))) {
            assertTrue(c.truncated());
            assertEquals(0, c.memberCount());
            assertEquals(0, c.length());
            assertEquals(-1, c.read(0, new byte[1], 0, 1));
        }
    }

    @Test
    void flippedByteInsideDeflateDataIsAnErrorAtThatMembersCompressedOffset() throws IOException {
        byte[] data = data(60 * MEMBER, 13);
        byte[] gz = Gzip.chunked(data, MEMBER);
        int start = memberStart(data, 30);
        int end = memberStart(data, 31);
        int dataStart = start + 10; // no header flags after the first member
        for (int at = dataStart; at < end - 8; at += Math.max(1, (end - 8 - dataStart) / 25)) {
            byte[] bad = gz.clone();
            bad[at] ^= 0x10;
            Path f = write("flip" + at + ".gz", bad);
            HprofException e = assertThrows(HprofException.class, () -> ChunkedGzip.open(f).close(),
                    "flip at " + at);
            assertEquals(start, e.offset(), e.getMessage());
            assertTrue(e.getMessage().contains("broken gzip member at compressed byte " + start), e.getMessage());
        }
    }

    @Test
    void crcAndIsizeTrailersAreChecked() throws IOException {
        byte[] data = data(10 * MEMBER, 17);
        byte[] gz = Gzip.chunked(data, MEMBER);
        int start = memberStart(data, 4);
        int end = memberStart(data, 5);
        byte[] badCrc = gz.clone();
        badCrc[end - 8] ^= 1;
        HprofException crc = assertThrows(HprofException.class, () -> ChunkedGzip.open(write("crc.gz", badCrc)));
        assertEquals(start, crc.offset());
        assertTrue(crc.getMessage().contains("CRC32"), crc.getMessage());
        byte[] badSize = gz.clone();
        badSize[end - 4] ^= 1;
        HprofException size = assertThrows(HprofException.class, () -> ChunkedGzip.open(write("isize.gz", badSize)));
        assertEquals(start, size.offset());
        assertTrue(size.getMessage().contains("ISIZE"), size.getMessage());
    }

    @Test
    void badMagicBetweenMembersIsAnError() throws IOException {
        byte[] data = data(10 * MEMBER, 19);
        byte[] gz = Gzip.chunked(data, MEMBER);
        int start = memberStart(data, 6);
        gz[start + 1] = 0x42;
        HprofException e = assertThrows(HprofException.class, () -> ChunkedGzip.open(write("magic.gz", gz)));
        assertEquals(start, e.offset());
        assertTrue(e.getMessage().contains("not another gzip member"), e.getMessage());
    }

    /** Documented policy: bytes after the last member that are not a gzip member are an error, not ignored. */
    @Test
    void garbageAfterTheLastMemberIsAnErrorAtItsOffset() throws IOException {
        byte[] data = data(10 * MEMBER, 23);
        byte[] gz = Gzip.chunked(data, MEMBER);
        for (byte[] tail : new byte[][] {"garbage".getBytes(StandardCharsets.US_ASCII), new byte[512], {0x1f, 0}}) {
            byte[] bad = Arrays.copyOf(gz, gz.length + tail.length);
            System.arraycopy(tail, 0, bad, gz.length, tail.length);
            HprofException e = assertThrows(HprofException.class, () -> ChunkedGzip.open(write("tail.gz", bad)));
            assertEquals(gz.length, e.offset(), e.getMessage());
            assertTrue(e.getMessage().contains("broken gzip member at compressed byte " + gz.length), e.getMessage());
        }
        // the start of a member header (a lone 1f 8b) is a truncated member, not garbage
        byte[] partial = Arrays.copyOf(gz, gz.length + 2);
        partial[gz.length] = 0x1f;
        partial[gz.length + 1] = (byte) 0x8b;
        try (ChunkedGzip c = ChunkedGzip.open(write("partial.gz", partial))) {
            assertTrue(c.truncated());
            assertEquals(10, c.memberCount());
            assertArrayEquals(data, c.streamFrom(0).readAllBytes());
        }
    }

    @Test
    void memberLargerThanTheDeclaredBlockSizeIsAnError() throws IOException {
        byte[] data = data(3 * MEMBER, 29);
        byte[] first = Gzip.chunked(Arrays.copyOf(data, MEMBER), MEMBER); // says HPROF BLOCKSIZE=1000
        byte[] big = Gzip.plain(Arrays.copyOfRange(data, MEMBER, data.length)); // 2000 bytes in one member
        byte[] both = Arrays.copyOf(first, first.length + big.length);
        System.arraycopy(big, 0, both, first.length, big.length);
        HprofException e = assertThrows(HprofException.class, () -> ChunkedGzip.open(write("big.gz", both)));
        assertEquals(first.length, e.offset());
        assertTrue(e.getMessage().contains("more than 1000 bytes"), e.getMessage());
    }

    @Test
    void argumentsAndClosingAreChecked() throws IOException {
        byte[] data = data(3000, 31);
        ChunkedGzip gz = ChunkedGzip.open(write("a.gz", Gzip.chunked(data, MEMBER)));
        assertThrows(IllegalArgumentException.class, () -> gz.read(-1, new byte[1], 0, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> gz.read(0, new byte[1], 1, 1));
        gz.close();
        gz.close();
        assertThrows(IOException.class, () -> gz.read(0, new byte[1], 0, 1));
    }

    @Test
    void memberChangedAfterIndexingIsAnErrorWhenRead() throws IOException {
        byte[] data = data(10 * MEMBER, 37);
        byte[] gz = Gzip.chunked(data, MEMBER);
        Path f = write("changed.gz", gz);
        int start = memberStart(data, 2);
        try (ChunkedGzip c = ChunkedGzip.open(f)) {
            assertReadsEqual(c, data, 0, MEMBER);
            byte[] bad = gz.clone();
            bad[start + 40] ^= 0x10;
            Files.write(f, bad); // same length, one byte of member 2 flipped
            HprofException e = assertThrows(HprofException.class, () -> c.read(2 * MEMBER + 10, new byte[10], 0, 10));
            assertEquals(start, e.offset(), e.getMessage());
            assertReadsEqual(c, data, 0, MEMBER); // still cached
            assertReadsEqual(c, data, 3 * MEMBER, MEMBER); // other members unaffected
        }
    }
}

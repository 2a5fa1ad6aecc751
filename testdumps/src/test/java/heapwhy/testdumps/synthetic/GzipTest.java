package heapwhy.testdumps.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class GzipTest {
    /** One gzip member as found in the file. */
    record Member(int offset, int flags, String comment, byte[] data, long isize) {
    }

    /** Walks gzip members one by one (test-side, independent of the writer). */
    static List<Member> members(byte[] gz) throws Exception {
        List<Member> out = new ArrayList<>();
        int pos = 0;
        while (pos < gz.length) {
            int start = pos;
            assertEquals(0x1f, gz[pos] & 0xFF);
            assertEquals(0x8b, gz[pos + 1] & 0xFF);
            assertEquals(8, gz[pos + 2]);
            int flags = gz[pos + 3] & 0xFF;
            pos += 10;
            assertEquals(0, flags & ~0x10, "only FCOMMENT is used");
            String comment = null;
            if ((flags & 0x10) != 0) {
                int nul = pos;
                while (gz[nul] != 0) {
                    nul++;
                }
                comment = new String(gz, pos, nul - pos, StandardCharsets.ISO_8859_1);
                pos = nul + 1;
            }
            Inflater inf = new Inflater(true);
            inf.setInput(gz, pos, gz.length - pos);
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                assertTrue(n > 0 || !inf.needsInput(), "member at " + start + " is cut short");
                data.write(buf, 0, n);
            }
            pos = gz.length - inf.getRemaining();
            inf.end();
            long isize = ByteBuffer.wrap(gz, pos + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFF_FFFFL;
            pos += 8;
            out.add(new Member(start, flags, comment, data.toByteArray(), isize));
        }
        return out;
    }

    static byte[] gunzip(byte[] gz) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    private static SyntheticHeap sampleHeap() {
        SyntheticHeap heap = new SyntheticHeap(8).gzipMemberSize(1000);
        long cls = heap.declareClass("x/Item").field("v", BasicType.LONG).define();
        for (int i = 0; i < 200; i++) {
            heap.instance(cls).set("v", i * 31L).add();
        }
        return heap;
    }

    @Test
    void chunkedGzipIsMembersOfAtMostTheMemberSizeThatInflateToThePlainDump() throws Exception {
        SyntheticHeap heap = sampleHeap();
        byte[] plain = heap.toBytes();
        byte[] gz = heap.gzipped(true);
        List<Member> members = members(gz);
        assertEquals((plain.length + 999) / 1000, members.size());
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (Member m : members) {
            assertTrue(m.data().length <= 1000);
            assertEquals(m.data().length, m.isize(), "ISIZE is exact");
            joined.writeBytes(m.data());
        }
        assertArrayEquals(plain, joined.toByteArray());
        assertArrayEquals(plain, gunzip(gz), "GZIPInputStream reads the concatenated members");
    }

    @Test
    void onlyTheFirstMemberCarriesTheBlockSizeComment() throws Exception {
        List<Member> members = members(sampleHeap().gzipped(true));
        assertEquals("HPROF BLOCKSIZE=1000", members.get(0).comment());
        assertEquals(0x10, members.get(0).flags());
        for (Member m : members.subList(1, members.size())) {
            assertNull(m.comment());
        }
    }

    @Test
    void defaultMemberSizeIsOneMebibyteAsHotSpotWrites() throws Exception {
        byte[] data = new byte[(1 << 20) + 10];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7);
        }
        List<Member> members = members(Gzip.chunked(data, Gzip.HOTSPOT_BLOCK_SIZE));
        assertEquals(2, members.size());
        assertEquals("HPROF BLOCKSIZE=1048576", members.get(0).comment());
        assertEquals(1 << 20, members.get(0).data().length);
        assertEquals(10, members.get(1).data().length);
    }

    @Test
    void plainGzipIsOneOrdinaryStream() throws Exception {
        SyntheticHeap heap = sampleHeap();
        byte[] gz = heap.gzipped(false);
        List<Member> members = members(gz);
        assertEquals(1, members.size());
        assertNull(members.get(0).comment());
        assertArrayEquals(heap.toBytes(), gunzip(gz));
    }

    @Test
    void emptyInputGivesOneEmptyMember() throws Exception {
        List<Member> members = members(Gzip.chunked(new byte[0], 16));
        assertEquals(1, members.size());
        assertEquals(0, members.get(0).data().length);
    }
}

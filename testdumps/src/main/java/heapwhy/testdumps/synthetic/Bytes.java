package heapwhy.testdumps.synthetic;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/** Growable big-endian byte buffer. */
final class Bytes {
    private byte[] buf = new byte[64];
    private int size;
    private final int idSize;

    Bytes(int idSize) {
        this.idSize = idSize;
    }

    int size() {
        return size;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    Bytes u1(int v) {
        ensure(1);
        buf[size++] = (byte) v;
        return this;
    }

    Bytes u2(int v) {
        return u1(v >>> 8).u1(v);
    }

    Bytes u4(long v) {
        return u1((int) (v >>> 24)).u1((int) (v >>> 16)).u1((int) (v >>> 8)).u1((int) v);
    }

    Bytes u8(long v) {
        return u4(v >>> 32).u4(v);
    }

    Bytes id(long id) {
        if (idSize == 4) {
            if ((id >>> 32) != 0) {
                throw new IllegalArgumentException("id 0x" + Long.toHexString(id) + " does not fit in 4 bytes");
            }
            return u4(id);
        }
        return u8(id);
    }

    Bytes value(Value v) {
        int n = v.type().size(idSize);
        if (v.type() == BasicType.OBJECT) {
            return id(v.bits());
        }
        for (int i = n - 1; i >= 0; i--) {
            u1((int) (v.bits() >>> (8 * i)));
        }
        return this;
    }

    Bytes bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    Bytes bytes(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
        return this;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, size);
    }

    /** Modified UTF-8 as the JVM writes symbols: NUL as C0 80, supplementary characters as surrogate pairs. */
    static byte[] modifiedUtf8(String s) {
        Bytes b = new Bytes(8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x01 && c <= 0x7F) {
                b.u1(c);
            } else if (c <= 0x7FF) {
                b.u1(0xC0 | (c >> 6)).u1(0x80 | (c & 0x3F));
            } else {
                b.u1(0xE0 | (c >> 12)).u1(0x80 | ((c >> 6) & 0x3F)).u1(0x80 | (c & 0x3F));
            }
        }
        return b.toByteArray();
    }
}

package heapwhy.growth;

import java.util.Arrays;

/**
 * How one type's population changed across a series of dumps.
 *
 * @param type the type's key ({@link heapwhy.histogram.ClassEntry#typeKey()})
 * @param counts instance count in each dump, in dump order (0 where absent)
 * @param bytes shallow bytes in each dump, in dump order
 */
public record TypeGrowth(String type, long[] counts, long[] bytes) {

    public TypeGrowth {
        counts = counts.clone();
        bytes = bytes.clone();
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    @Override
    public long[] bytes() {
        return bytes.clone();
    }

    public long count(int dump) {
        return counts[dump];
    }

    public long bytes(int dump) {
        return bytes[dump];
    }

    /** Count in the last dump minus count in the first. */
    public long countDelta() {
        return counts[counts.length - 1] - counts[0];
    }

    /** Bytes in the last dump minus bytes in the first. */
    public long bytesDelta() {
        return bytes[bytes.length - 1] - bytes[0];
    }

    /** Whether the count rose in every interval between consecutive dumps. */
    public boolean grewInEveryInterval() {
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] <= counts[i - 1]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TypeGrowth other && type.equals(other.type)
                && Arrays.equals(counts, other.counts) && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return type + " counts=" + Arrays.toString(counts) + " bytes=" + Arrays.toString(bytes);
    }
}

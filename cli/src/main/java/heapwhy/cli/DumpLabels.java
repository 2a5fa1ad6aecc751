package heapwhy.cli;

/** Short names for the dumps of a growth report, as in spreadsheets: A, B, ..., Z, AA, AB, ... */
final class DumpLabels {
    private DumpLabels() {
    }

    static String of(int index) {
        StringBuilder label = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            n--;
            label.insert(0, (char) ('A' + n % 26));
            n /= 26;
        }
        return label.toString();
    }
}

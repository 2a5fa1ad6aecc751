package heapwhy.waste;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Searching a sorted list from a place finds what searching all of it finds. */
class IntListTest {
    @Test
    void searchingFromAnyPlaceFindsWhatASearchOfTheWholeListFinds() {
        Random random = new Random(3);
        IntList list = new IntList();
        int value = 0;
        for (int i = 0; i < 5_000; i++) {
            value += 1 + random.nextInt(3);
            list.add(value);
        }
        for (int probe = -2; probe <= value + 2; probe++) {
            int whole = list.indexOf(probe);
            for (int from : new int[] {-1, 0, 1, random.nextInt(list.size()), Math.max(0, whole - 1), whole,
                    whole + 1, list.size() - 1, list.size()}) {
                int found = list.indexOf(probe, from);
                if (whole >= 0) {
                    assertEquals(whole, found, probe + " from " + from);
                } else {
                    assertTrue(found < 0, probe + " from " + from);
                }
            }
        }
    }
}

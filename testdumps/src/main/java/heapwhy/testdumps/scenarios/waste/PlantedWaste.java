package heapwhy.testdumps.scenarios.waste;

import static heapwhy.testdumps.scenarios.waste.WasteExpectations.ACCOUNTS;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.ADDRESSES;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.ATTACHMENTS_PER_CONTENT;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.ATTACHMENT_LENGTHS;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.COUNTRY_LENGTHS;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.CUSTOMERS;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.FIRST_SAMPLE;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.FLAGS;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.ORDERS;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.ORDERS_WITH_ATTRIBUTES;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.ORDER_LINES_CAPACITY;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.PACKETS;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.READINGS;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.READING_LEVEL;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.ROSTERS;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.ROSTER_SLOTS;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.SAMPLES;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.TILES;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.attachmentContent;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.cityValue;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.countryValue;
import static heapwhy.testdumps.scenarios.waste.WasteExpectations.tilePixels;

import java.util.ArrayList;
import java.util.HashMap;

/**
 * WASTE's heap: every kind of waste {@link WasteExpectations} lists, each held by a field of a class of its
 * own, the objects of each class held by one static array here. Every value is built at run time from
 * characters or numbers, never from a literal, so the heap holds no extra copy of a planted string.
 */
final class PlantedWaste {
    static Customer[] customers;
    static Address[] addresses;
    static Tile[] tiles;
    static Attachment[] attachments;
    static Order[] orders;
    static Account[] accounts;
    static Roster[] rosters;
    static Metrics metrics;
    static Reading[] readings;
    static Packet[] packets;
    static Flag[] flags;

    private PlantedWaste() {
    }

    static void plant() {
        customers = new Customer[CUSTOMERS];
        int distinct = COUNTRY_LENGTHS.size();
        for (int i = 0; i < CUSTOMERS; i++) {
            // a String of its own with a byte[] of its own: toCharArray() is a fresh copy, compressed anew
            customers[i] = new Customer(new String(countryValue(i % distinct).toCharArray()));
        }
        addresses = new Address[ADDRESSES];
        String city = cityValue();
        for (int i = 0; i < ADDRESSES; i++) {
            // String(String) shares its argument's value array (JDK 9+): distinct Strings, one byte[]
            addresses[i] = new Address(i == 0 ? city : new String(city));
        }
        tiles = new Tile[TILES];
        for (int i = 0; i < TILES; i++) {
            tiles[i] = new Tile(tilePixels());
        }
        attachments = new Attachment[ATTACHMENTS_PER_CONTENT * ATTACHMENT_LENGTHS.size()];
        for (int i = 0; i < attachments.length; i++) {
            attachments[i] = new Attachment(attachmentContent(i % ATTACHMENT_LENGTHS.size()));
        }
        orders = new Order[ORDERS];
        for (int i = 0; i < ORDERS; i++) {
            orders[i] = new Order(new ArrayList<>(ORDER_LINES_CAPACITY),
                    i < ORDERS_WITH_ATTRIBUTES ? new HashMap<>() : null);
        }
        accounts = new Account[ACCOUNTS];
        // one key and one value shared by every map, so that the maps add no duplicate strings
        String key = Integer.toString(ACCOUNTS);
        String value = Integer.toString(ACCOUNTS + 1);
        for (int i = 0; i < ACCOUNTS; i++) {
            HashMap<String, String> preferences = new HashMap<>();
            preferences.put(key, value);
            accounts[i] = new Account(preferences);
        }
        rosters = new Roster[ROSTERS];
        Seat seat = new Seat();
        for (int i = 0; i < ROSTERS; i++) {
            Seat[] slots = new Seat[ROSTER_SLOTS];
            slots[0] = seat;
            rosters[i] = new Roster(slots);
        }
        ArrayList<Long> samples = new ArrayList<>(SAMPLES);
        for (int i = 0; i < SAMPLES; i++) {
            samples.add(FIRST_SAMPLE + i);
        }
        metrics = new Metrics(samples);
        readings = new Reading[READINGS];
        for (int i = 0; i < READINGS; i++) {
            readings[i] = new Reading(Long.valueOf(READING_LEVEL)); // outside the cache: a new Long each time
        }
        packets = new Packet[PACKETS];
        for (int i = 0; i < PACKETS; i++) {
            packets[i] = new Packet(new byte[0]);
        }
        flags = new Flag[FLAGS];
        for (int i = 0; i < FLAGS; i++) {
            flags[i] = new Flag(i % 2 == 0);
        }
    }

    /** Fails the run if the JDK does not do what the expectations assume of it. */
    static void check() {
        if (addresses[0].city == addresses[1].city) {
            throw new IllegalStateException("new String(s) returned s itself");
        }
        if (customers[0].country == customers[COUNTRY_LENGTHS.size()].country) {
            throw new IllegalStateException("two customers share one country String");
        }
        if (Long.valueOf(READING_LEVEL) == Long.valueOf(READING_LEVEL)) {
            throw new IllegalStateException("Long caches " + READING_LEVEL);
        }
    }
}

package heapwhy.testdumps.scenarios.steps;

import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;

/**
 * One class per container of {@link Holder}, each with exactly one instance in the dump, so that the path to
 * the instances of a class is the path through that one container.
 */
final class Markers {
    private Markers() {
    }

    /** The JDK's enum-keyed map needs an enum; SECOND's slot comes after FIRST's in the map's array. */
    enum Slot { FIRST, SECOND }

    static final class InHashMap { }
    static final class InMapKey { }
    static final class InLinkedHashMap { }
    static final class InHashtable { }
    static final class InWeakHashMapValue { }
    static final class InIdentityHashMap { }
    static final class InTreeMap { }
    static final class InEnumMap { }
    static final class InEnumMapSecondSlot { }
    static final class InConcurrentHashMap { }
    static final class InConcurrentSkipListMap { }
    static final class InImmutableMapN { }
    static final class InHashSet { }
    static final class InLinkedHashSet { }
    static final class InTreeSet { }
    static final class InConcurrentSkipListSet { }
    static final class InCopyOnWriteArraySet { }
    static final class InCopyOnWriteArraySetSecond { }
    static final class InConcurrentKeySet { }
    static final class InImmutableSetN { }
    static final class InArrayList { }
    static final class InVector { }
    static final class InStack { }
    static final class InLinkedList { }
    static final class InCopyOnWriteArrayList { }
    static final class InArraysAsList { }
    static final class InImmutableListN { }
    static final class InArrayDeque { }
    static final class InLinkedBlockingDeque { }
    static final class InConcurrentLinkedDeque { }
    static final class InPriorityQueue { }
    static final class InLinkedBlockingQueue { }
    static final class InArrayBlockingQueue { }
    static final class InConcurrentLinkedQueue { }
    static final class InLinkedTransferQueue { }
    static final class InPriorityBlockingQueue { }
    static final class InSynchronizedMap { }
    static final class InUnmodifiableList { }
    static final class InSynchronizedSet { }
    static final class InCheckedQueue { }
    static final class InGuavaCache { }
    static final class InGuavaMapMaker { }
    static final class InGuavaHashBiMap { }
    static final class InGuavaImmutableList { }
    static final class InGuavaImmutableMap { }
    static final class InGuavaMultimap { }
    static final class InCaffeineCache { }
    static final class InCaffeineBoundedCache { }
    static final class InCaffeineAsyncCache { }
    static final class InCaffeineBoundedAsyncCache { }

    /** A DelayQueue holds only Delayed elements; this one's delay never runs out while the JVM lives. */
    static final class InDelayQueue implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(1, TimeUnit.DAYS);
        }

        @Override
        public int compareTo(Delayed other) {
            return 0;
        }
    }
}

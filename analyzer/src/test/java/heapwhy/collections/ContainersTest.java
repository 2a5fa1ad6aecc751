package heapwhy.collections;

import heapwhy.classes.ClassNames;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Containers are known by what they are (class or superclass), and their insides by where they are nested. */
class ContainersTest {
    @Test
    void anAnonymousLinkedHashMapSubclassIsAMapWithTheInsidesOfLinkedHashMapAndHashMap() {
        Container c = Containers.find(List.of("com.acme.ProductCatalog$1", "java.util.LinkedHashMap",
                "java.util.HashMap", "java.util.AbstractMap", "java.lang.Object"));
        assertEquals(ContainerKind.MAP, c.kind());
        assertEquals("java.util.LinkedHashMap", c.known());
        assertEquals("ProductCatalog$1, a LinkedHashMap", c.name());
        assertTrue(c.isInside("java.util.LinkedHashMap$Entry"));
        assertTrue(c.isInside("java.util.HashMap$TreeNode"));
        assertTrue(c.isInside("java.util.HashMap$Node[]"));
        assertFalse(c.isInside("java.util.HashMap"), "a map held as a value is no part of the map holding it");
        assertFalse(c.isInside("com.acme.ProductPage"));
    }

    @Test
    void anApplicationsSubclassOfAListIsAnArrayList() {
        assertEquals("History, an ArrayList", Containers.find(List.of("com.acme.History", "java.util.ArrayList",
                "java.util.AbstractList")).name());
    }

    @Test
    void aStackIsAListAndAJdkSubclassKeepsItsOwnName() {
        Container c = Containers.find(List.of("java.util.Stack", "java.util.Vector", "java.util.AbstractList"));
        assertEquals(ContainerKind.LIST, c.kind());
        assertEquals("Stack", c.name());
    }

    @Test
    void librariesCachesAreCachesWithTheirWholePackageInside() {
        Container guava = Containers.find(List.of("com.google.common.cache.LocalCache$LocalLoadingCache",
                "com.google.common.cache.LocalCache$LocalManualCache", "java.lang.Object"));
        assertEquals(ContainerKind.CACHE, guava.kind());
        assertEquals("Guava cache", guava.name());
        assertTrue(guava.isInside("com.google.common.cache.LocalCache$StrongAccessEntry"));
        Container caffeine = Containers.find(List.of("com.github.benmanes.caffeine.cache.SSMS",
                "com.github.benmanes.caffeine.cache.BoundedLocalCache", "java.util.AbstractMap"));
        assertEquals("Caffeine cache", caffeine.name());
        assertTrue(caffeine.isInside("com.github.benmanes.caffeine.cache.PSMS"));
    }

    @Test
    void nestedAndLibraryContainersAreNamedAsTheirUsersKnowThem() {
        assertEquals("ConcurrentHashMap.KeySetView", Containers.find(List.of(
                "java.util.concurrent.ConcurrentHashMap$KeySetView", "java.util.concurrent.ConcurrentHashMap$CollectionView")).name());
        assertEquals("Collections.SynchronizedMap", Containers.find(List.of("java.util.Collections$SynchronizedMap")).name());
        assertEquals("ArrayListMultimap", Containers.find(List.of("com.google.common.collect.ArrayListMultimap",
                "com.google.common.collect.ArrayListMultimapGwtSerializationDependencies",
                "com.google.common.collect.AbstractListMultimap", "com.google.common.collect.AbstractMapBasedMultimap"))
                .name());
    }

    @Test
    void collectionsWrappersAndPlainClassesAreToldApart() {
        assertEquals(ContainerKind.MAP, Containers.find(List.of("java.util.Collections$SynchronizedMap")).kind());
        assertEquals(ContainerKind.SET, Containers.find(List.of("java.util.Collections$UnmodifiableSet",
                "java.util.Collections$UnmodifiableCollection")).kind());
        assertNull(Containers.find(List.of("com.acme.Invoice", "java.lang.Object")));
        assertNull(Containers.find(List.of("java.util.concurrent.ThreadPoolExecutor",
                "java.util.concurrent.AbstractExecutorService", "java.lang.Object")));
    }

    @Test
    void insidesOfAnyKnownContainerAreKnownByNameAlone() {
        assertTrue(Containers.isInsideAny("java.util.HashMap$Node"));
        assertTrue(Containers.isInsideAny("java.util.concurrent.ConcurrentHashMap$Node[]"));
        assertTrue(Containers.isInsideAny("java.util.concurrent.LinkedBlockingQueue$Node"));
        assertTrue(Containers.isInsideAny("com.google.common.cache.LocalCache$StrongEntry"));
        // Guava's immutable maps keep top-level ImmutableMapEntry objects, and a nested subclass where keys collide:
        // both are the map's insides, or one leak into such a map reads as two places (found on a fresh app)
        assertTrue(Containers.isInsideAny("com.google.common.collect.ImmutableMapEntry"));
        assertTrue(Containers.isInsideAny("com.google.common.collect.ImmutableMapEntry$NonTerminalImmutableMapEntry"));
        assertTrue(Containers.isInsideAny("com.google.common.collect.ImmutableMapEntry[]"));
        assertFalse(Containers.isInsideAny("java.util.HashMap"));
        assertFalse(Containers.isInsideAny("java.lang.String"));
        assertFalse(Containers.isInsideAny("com.acme.Cache$Entry"));
    }

    @Test
    void originsPutTheApplicationFirst() {
        assertEquals(ClassOrigin.APPLICATION, ClassOrigin.of("com.acme.Invoice"));
        assertEquals(ClassOrigin.APPLICATION, ClassOrigin.of("com.acme.Invoice[]"));
        assertEquals(ClassOrigin.APPLICATION, ClassOrigin.of("Toplevel"));
        assertEquals(ClassOrigin.JDK, ClassOrigin.of("byte[]"));
        assertEquals(ClassOrigin.JDK, ClassOrigin.of("java.util.HashMap$Node[]"));
        assertEquals(ClassOrigin.JDK, ClassOrigin.of("jdk.internal.loader.ClassLoaders$AppClassLoader"));
        assertEquals(ClassOrigin.LIBRARY, ClassOrigin.of("com.google.common.cache.LocalCache"));
    }

    @Test
    void aLambdasSimpleNameLeavesOutItsAddress() {
        assertEquals("Uploads$$Lambda$14", ClassNames.simpleName("com.acme.Uploads$$Lambda$14/0x0000000800c0b000"));
        assertEquals("Uploads$$Lambda", ClassNames.simpleName("com.acme.Uploads$$Lambda/0x0000000800c0b000"));
        assertEquals("Uploads$$Lambda$14[]", ClassNames.simpleName("com.acme.Uploads$$Lambda$14/0x000000080[]"));
        assertEquals("MyCache$Entry", ClassNames.simpleName("com.acme.MyCache$Entry"));
    }
}

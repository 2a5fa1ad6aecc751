package heapwhy.graph;

import heapwhy.hprof.HprofException;
import heapwhy.hprof.ProgressListener;
import heapwhy.store.MappedArray;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a dump's index lives and whether it can be trusted. One folder per dump and option set, named by a
 * hash of the dump's path, size and modification time; built in a temporary folder beside it and moved into
 * place in one step, so a killed build never leaves a half index. On open every file's length and CRC32C are
 * checked against the metadata: anything stale, truncated or damaged is rebuilt.
 */
final class IndexStore {
    private IndexStore() {
    }

    /**
     * An opened index: its folder, metadata, and whether it was reused; a temporary one (built without the
     * cache) is deleted when the index is closed.
     */
    record Opened(Path dir, IndexMeta meta, boolean fromCache, String rebuildReason, boolean temporary) {
    }

    static Opened openOrBuild(Path dump, IndexOptions options, ProgressListener progress) throws IOException {
        if (!Files.isRegularFile(dump)) {
            throw new HprofException(dump, 0, Files.isDirectory(dump) ? "is a directory, not a heap dump file"
                    : "no such file");
        }
        IndexMeta.Fingerprint fingerprint = fingerprint(dump, options);
        Path root = options.indexDir() != null ? options.indexDir() : IndexOptions.defaultIndexRoot();
        Path dir = root.resolve(folderName(fingerprint));
        String reason = null;
        if (options.useCache() && Files.isDirectory(dir)) {
            try {
                IndexMeta meta = load(dir, dump, fingerprint);
                return new Opened(dir, meta, true, null, false);
            } catch (IOException | RuntimeException e) {
                reason = e.getMessage();
            }
        }
        Files.createDirectories(root);
        Path tmp = Files.createTempDirectory(root, dir.getFileName() + ".building-");
        try {
            IndexMeta meta = build(dump, tmp, fingerprint, options, progress);
            if (!options.useCache()) {
                return new Opened(tmp, meta, false, reason, true);
            }
            deleteTree(dir);
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir);
            }
            removeStale(root, dir, fingerprint);
            return new Opened(dir, meta, false, reason, false);
        } catch (IOException | RuntimeException | Error e) {
            deleteTree(tmp);
            throw e;
        }
    }

    private static IndexMeta build(Path dump, Path dir, IndexMeta.Fingerprint fingerprint, IndexOptions options,
                                   ProgressListener progress) throws IOException {
        GraphBuilder.Built built;
        BuildTimings.start();
        try {
            built = new GraphBuilder(dump, dir, progress).build();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        GraphAnalysis.Result analysis = GraphAnalysis.run(dir, built, options.keepUnreachable(), ProgressListener.NONE);
        BuildTimings.mark("dominators, retained sizes, class table");
        Map<String, String> properties = built.systemProperties();
        Map<String, long[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.sorted().toList()) {
                MappedArray mapped = MappedArray.open(file, 4);
                files.put(file.getFileName().toString(), new long[]{Files.size(file), mapped.checksum()});
                mapped.close();
            }
        }
        BuildTimings.mark("checksums");
        IndexMeta meta = new IndexMeta(fingerprint, built.info(), built.layout(), built.nodeCount(),
                built.edgeCount(), built.danglingReferences(), analysis.inGraph(), analysis.graphBytes(),
                analysis.classes(), built.roots(), properties, built.warnings(), built.mirrorNodes(),
                built.mirrorNames(), built.classKeys(), List.copyOf(built.shapes().values()), files);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            meta.write(out);
            out.writeLong(metaChecksum(bytes.toByteArray(), bytes.size()));
        }
        Files.write(dir.resolve(GraphFiles.META), bytes.toByteArray());
        return meta;
    }

    private static IndexMeta load(Path dir, Path dump, IndexMeta.Fingerprint expected) throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(GraphFiles.META));
        int body = bytes.length - Long.BYTES;
        if (body < 0 || java.nio.ByteBuffer.wrap(bytes, body, Long.BYTES).getLong() != metaChecksum(bytes, body)) {
            throw new IOException("index file " + GraphFiles.META + " is damaged (checksum mismatch)");
        }
        IndexMeta meta;
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, 0, body))) {
            meta = IndexMeta.read(in, dump);
        }
        if (!meta.fingerprint().equals(expected)) {
            throw new IOException("the dump changed since it was indexed");
        }
        for (Map.Entry<String, long[]> f : meta.files().entrySet()) {
            Path file = dir.resolve(f.getKey());
            if (!Files.isRegularFile(file) || Files.size(file) != f.getValue()[0]) {
                throw new IOException("index file " + f.getKey() + " is missing or has the wrong length");
            }
            MappedArray mapped = MappedArray.open(file, 4);
            long crc = mapped.checksum();
            mapped.close();
            if (crc != f.getValue()[1]) {
                throw new IOException("index file " + f.getKey() + " is damaged (checksum mismatch)");
            }
        }
        for (String required : List.of(GraphFiles.IDS, GraphFiles.OUT_TARGETS, GraphFiles.IDOM)) {
            if (!meta.files().containsKey(required)) {
                throw new IOException("index lacks " + required);
            }
        }
        return meta;
    }

    /** CRC32C of the metadata's first {@code length} bytes; it follows them in the file. */
    private static long metaChecksum(byte[] bytes, int length) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    private static IndexMeta.Fingerprint fingerprint(Path dump, IndexOptions options) throws IOException {
        Path real = dump.toRealPath();
        return new IndexMeta.Fingerprint(real.toString(), Files.size(real),
                Files.getLastModifiedTime(real).toMillis(), options.keepUnreachable());
    }

    /**
     * "name-PATHHASH-VERSIONHASH": the first hash names the dump's path, the second its size, time and the
     * options, so that the folders of earlier versions of the same dump can be found and removed.
     */
    private static String folderName(IndexMeta.Fingerprint f) {
        String path = hash(f.dump(), 8);
        String version = hash(f.dump() + "|" + f.size() + "|" + f.modifiedMillis() + "|" + f.keepUnreachable() + "|"
                + IndexMeta.FORMAT, 12);
        return samePathPrefix(f) + version;
    }

    private static String samePathPrefix(IndexMeta.Fingerprint f) {
        String name = Path.of(f.dump()).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return (name.length() > 40 ? name.substring(0, 40) : name) + "-" + hash(f.dump(), 8) + "-";
    }

    private static String hash(String text, int length) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Removes the indexes of earlier versions of this dump (same path, other size or time) and builds that
     * were abandoned more than a day ago. Best effort: a folder in use by another process is left alone.
     */
    private static void removeStale(Path root, Path current, IndexMeta.Fingerprint f) {
        String prefix = samePathPrefix(f);
        long dayAgo = System.currentTimeMillis() - 24L * 3600 * 1000;
        try (Stream<Path> list = Files.list(root)) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                boolean olderVersion = name.startsWith(prefix) && !p.equals(current) && !name.contains(".building-");
                boolean abandoned = name.contains(".building-")
                        && Files.getLastModifiedTime(p).toMillis() < dayAgo;
                if (olderVersion || abandoned) {
                    deleteTree(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // another process may be using or removing it: leave it for next time
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

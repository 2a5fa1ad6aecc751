package heapwhy.testdumps.scenarios.zoo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * Ingests batches of chunks on its own thread, {@value #THREAD_NAME}. It keeps every chunk it read in a local
 * list of its run method, meant for a final checksum that never comes: the leak lives only in that frame.
 */
final class IngestWorker implements Runnable {
    static final String THREAD_NAME = "ingest-worker";

    /** Sizes of the batches to ingest: number of chunks and bytes per chunk. */
    private record Batch(int chunks, int chunkBytes) {
    }

    private final BlockingQueue<Batch> batches = new LinkedBlockingQueue<>();
    private final Semaphore ingested = new Semaphore(0);
    private long nextOffset;

    /** Starts the worker thread. */
    static IngestWorker start() {
        IngestWorker worker = new IngestWorker();
        ZooThreads.start(THREAD_NAME, worker);
        return worker;
    }

    /** Hands a batch to the worker and waits until it has been read. */
    void ingest(int chunks, int chunkBytes) throws InterruptedException {
        batches.put(new Batch(chunks, chunkBytes));
        ingested.acquire();
    }

    @Override
    public void run() {
        List<Chunk> chunks = new ArrayList<>();
        try {
            while (true) {
                Batch batch = batches.take();
                read(batch, chunks);
                ingested.release();
            }
        } catch (InterruptedException e) {
            System.out.println("ingested " + chunks.size() + " chunks");
        }
    }

    private void read(Batch batch, List<Chunk> into) {
        for (int i = 0; i < batch.chunks(); i++) {
            into.add(new Chunk(nextOffset, new byte[batch.chunkBytes()]));
            nextOffset += batch.chunkBytes();
        }
    }
}

package heapwhy.testdumps.scenarios.live;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A service for the live commands to attach to: it prints "ready", then adds a {@link Request} to a static list
 * every {@code args[0]} milliseconds (100 by default) until its standard input closes (or it is killed), and
 * then exits with 0.
 */
public final class GrowingService {
    static final List<Request> HANDLED = new ArrayList<>();

    private GrowingService() {
    }

    /** One handled request, kept for ever: the leak. */
    static final class Request {
        final long id;
        final byte[] body = new byte[512];

        Request(long id) {
            this.id = id;
        }
    }

    public static void main(String[] args) throws Exception {
        long every = args.length > 0 ? Long.parseLong(args[0]) : 100;
        Thread stdin = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing to read: the parent closes the stream to stop this JVM
                }
            } catch (IOException e) {
                // closed
            }
            System.exit(0);
        }, "stdin-watch");
        stdin.setDaemon(true);
        stdin.start();
        System.out.println("ready");
        System.out.flush();
        for (long id = 0; ; id++) {
            synchronized (HANDLED) {
                HANDLED.add(new Request(id));
            }
            Thread.sleep(every);
        }
    }
}

package heapwhy.cli.common;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerminalProgressTest {
    private static final long MB = 1024 * 1024;

    @Test
    void showsOnlyForDumpsOver100MbOnATerminal() {
        StringWriter err = new StringWriter();
        PrintWriter writer = new PrintWriter(err);
        assertFalse(TerminalProgress.forDump(writer, "a", 500 * MB, false).enabled(), "not a terminal");
        assertFalse(TerminalProgress.forDump(writer, "a", 100 * MB, true).enabled(), "small dump");
        assertTrue(TerminalProgress.forDump(writer, "a", 101 * MB, true).enabled());
    }

    @Test
    void printsNothingWhenDisabled() {
        StringWriter err = new StringWriter();
        try (TerminalProgress progress = new TerminalProgress(new PrintWriter(err), "reading a", false, System::nanoTime)) {
            progress.progress(0, 1000);
            progress.progress(1000, 1000);
        }
        assertEquals("", err.toString());
    }

    @Test
    void rewritesOneLineWithPercentAndSpeedThenClearsIt() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err), "reading big.hprof", true, now::get);
        progress.progress(0, 400 * MB);
        now.set(1_000_000_000L);
        progress.progress(100 * MB, 400 * MB);
        now.set(1_050_000_000L);
        progress.progress(101 * MB, 400 * MB); // too soon to redraw
        now.set(2_000_000_000L);
        progress.progress(400 * MB, 400 * MB);
        String beforeClose = err.toString();
        assertFalse(beforeClose.contains("\n"), "one line, rewritten in place");
        assertTrue(beforeClose.startsWith("\rheapwhy: reading big.hprof: 0%"), beforeClose);
        assertTrue(beforeClose.contains("\rheapwhy: reading big.hprof: 25% at 100.0 MB/s"), beforeClose);
        assertFalse(beforeClose.contains("26%"), beforeClose);
        assertTrue(beforeClose.endsWith("\rheapwhy: reading big.hprof: 100% at 200.0 MB/s"), beforeClose);
        progress.close();
        String cleared = err.toString().substring(beforeClose.length());
        assertTrue(cleared.matches("\r +\r"), "cleared with blanks: [" + cleared + "]");
    }
}

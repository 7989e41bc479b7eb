package org.dyad.model.util;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long job on a stream meant for people (stderr): on a terminal, one line redrawn
 * in place with a bar, the rate and the time left; elsewhere (a log, a pipe), a plain line every
 * few seconds. The job reports work done (bytes, say) against a total for the bar and time left,
 * and items done (rows) for the rate.
 *
 * <pre>{@code
 * try (Progress p = Progress.start(err, terminal, "gdelt 1979.zip", size, "rows")) {
 *     ... p.update(bytesRead, rows); ...
 * }
 * }</pre>
 *
 * A job that ends before the first redraw prints nothing. Updates are cheap (a clock read, then nothing until the next redraw is due), but callers on hot
 * paths should still call every few thousand items.
 */
public final class Progress implements AutoCloseable {
    private static final int BAR = 24;
    private final PrintWriter out;
    private final boolean terminal;
    private final String label;
    private final long total;
    private final String unit;
    private final long started;
    private final long intervalNanos;
    private long nextDraw;
    private long work;
    private long items;
    private int drawnWidth;
    private boolean closed;

    private boolean drawn;

    private Progress(PrintWriter out, boolean terminal, String label, long total, String unit, long now,
                     long intervalNanos) {
        this.out = out;
        this.terminal = terminal;
        this.label = label;
        this.total = total;
        this.unit = unit;
        this.started = now;
        this.intervalNanos = intervalNanos;
        this.nextDraw = now + intervalNanos;
    }

    /**
     * @param out where to write (null writes nothing)
     * @param terminal redraw one line in place (true) or print plain lines (false)
     * @param total units of work for the bar and time left, or a negative number when unknown
     * @param unit what items are called in the rate ("rows")
     */
    public static Progress start(PrintWriter out, boolean terminal, String label, long total, String unit) {
        return new Progress(out, terminal, label, total, unit, System.nanoTime(),
                terminal ? 200_000_000L : 5_000_000_000L);
    }

    /** With a chosen redraw interval (tests). */
    static Progress start(PrintWriter out, boolean terminal, String label, long total, String unit, long intervalNanos) {
        return new Progress(out, terminal, label, total, unit, System.nanoTime(), intervalNanos);
    }

    /** Reports the work and items done so far (totals, not increments). */
    public void update(long workDone, long itemsDone) {
        this.work = workDone;
        this.items = itemsDone;
        long now = System.nanoTime();
        if (now >= nextDraw && out != null) {
            nextDraw = now + intervalNanos;
            draw(now, false);
        }
    }

    /** Items per second so far. */
    public double rate() {
        return rate(System.nanoTime());
    }

    private double rate(long now) {
        double secs = (now - started) / 1e9;
        return secs <= 0 ? 0 : items / secs;
    }

    /** The line as it would be drawn now (for tests and for callers that log it elsewhere). */
    public String line() {
        return render(System.nanoTime(), false);
    }

    private void draw(long now, boolean last) {
        drawn = true;
        String s = render(now, last);
        if (terminal) {
            int pad = Math.max(0, drawnWidth - s.length());
            out.print("\r" + s + " ".repeat(pad));
            drawnWidth = s.length();
            if (last) {
                out.println();
            }
        } else {
            out.println(s);
        }
        out.flush();
    }

    private String render(long now, boolean last) {
        StringBuilder b = new StringBuilder(96).append(label).append(' ');
        double fraction = total > 0 ? Math.min(1.0, (double) work / total) : -1;
        if (terminal && fraction >= 0) {
            int filled = (int) Math.round(fraction * BAR);
            b.append('[').append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ");
        }
        if (fraction >= 0) {
            b.append(String.format(Locale.ROOT, "%3.0f%% ", fraction * 100));
        }
        double r = rate(now);
        b.append(String.format(Locale.ROOT, "%,d %s, %,.0f %s/s", items, unit, r, unit));
        double secs = (now - started) / 1e9;
        if (last) {
            b.append(", ").append(duration(secs));
        } else if (fraction > 0 && fraction < 1) {
            b.append(", ETA ").append(duration(secs * (1 - fraction) / fraction));
        }
        return b.toString();
    }

    /** {@code 42 s}, {@code 3 min 05 s}, {@code 2 h 07 min}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    /**
     * Draws the final state (on a terminal, ending the line), unless nothing was drawn: a job
     * shorter than one redraw interval leaves no trace.
     */
    @Override
    public void close() {
        if (!closed && out != null && drawn) {
            closed = true;
            draw(System.nanoTime(), true);
        }
    }
}

package org.dyad.data.synth;

import java.time.LocalDate;
import org.dyad.model.InvalidValueException;

/**
 * How a synthetic file is drawn.
 *
 * @param rows data rows to write (bad ones included)
 * @param seed the same seed gives the same file, byte for byte
 * @param from first day of the events (null: the format's own span)
 * @param to last day
 * @param pairShare share of rows between Iran and Azerbaijan (either direction)
 * @param blankShare share of rows with one actor missing, as GDELT has many
 * @param duplicateShare share of rows repeating an earlier row exactly (same id)
 * @param nearDuplicateShare share of rows repeating an earlier row's day, actors and code under a new id
 * @param badShare share of malformed rows (cut short, impossible date, code 13y, binary junk, commas)
 */
public record SynthOptions(long rows, long seed, LocalDate from, LocalDate to, double pairShare, double blankShare,
                           double duplicateShare, double nearDuplicateShare, double badShare) {

    public SynthOptions {
        if (rows < 0) {
            throw new InvalidValueException("--rows must not be negative");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValueException("--to " + to + " is before --from " + from);
        }
        for (double s : new double[] {pairShare, blankShare, duplicateShare, nearDuplicateShare, badShare}) {
            if (s < 0 || s > 1) {
                throw new InvalidValueException("shares are fractions between 0 and 1, got " + s);
            }
        }
        if (duplicateShare + nearDuplicateShare + badShare > 1) {
            throw new InvalidValueException("duplicate, near-duplicate and bad shares add up to more than 1");
        }
    }

    /** Defaults close to what the research notes observed in real GDELT and ICEWS files. */
    public static SynthOptions of(long rows, long seed) {
        return new SynthOptions(rows, seed, null, null, 0.002, 0.35, 0.01, 0.15, 0.001);
    }

    public SynthOptions withDates(LocalDate f, LocalDate t) {
        return new SynthOptions(rows, seed, f, t, pairShare, blankShare, duplicateShare, nearDuplicateShare, badShare);
    }

    public SynthOptions withBadShare(double s) {
        return new SynthOptions(rows, seed, from, to, pairShare, blankShare, duplicateShare, nearDuplicateShare, s);
    }

    public SynthOptions withDuplicates(double exact, double near) {
        return new SynthOptions(rows, seed, from, to, pairShare, blankShare, exact, near, badShare);
    }
}

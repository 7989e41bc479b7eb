package org.dyad.text.date;

import org.dyad.model.FuzzyDate;

/**
 * Words of a sentence that say when: tokens {@code [from, to)} and what they mean before
 * resolution. Absolute mentions carry their date; partial ones lack the year ("December 3rd",
 * "in mid-May"); anaphoric ones count from the narrative's running reference time ("of that
 * year", "the following year", "the same day"); deictic ones from the document's own date
 * ("yesterday", "on Monday", "last month"); event anaphors ("during this visit") take the date of
 * the event they refer back to.
 */
public record DateMention(int from, int to, Kind kind, FuzzyDate absolute, int month, int monthEnd, int day,
                          int dayEnd, Unit unit, int offset, boolean since, String text) {

    public enum Kind { ABSOLUTE, PARTIAL, ANAPHORIC, DEICTIC, EVENT_ANAPHOR }

    /** The unit an anaphoric or deictic mention counts in; WEEKDAY counts back to that weekday. */
    public enum Unit { DAY, WEEK, MONTH, YEAR, WEEKDAY, NONE }

    public static DateMention absolute(int from, int to, FuzzyDate d, String text) {
        return new DateMention(from, to, Kind.ABSOLUTE, d, 0, 0, 0, 0, Unit.NONE, 0, false, text);
    }

    /** A month (and optional day or day range) without a year; {@code monthEnd} for "June-July". */
    public static DateMention partial(int from, int to, int month, int monthEnd, int day, int dayEnd, String text) {
        return new DateMention(from, to, Kind.PARTIAL, null, month, monthEnd, day, dayEnd, Unit.NONE, 0, false, text);
    }

    public static DateMention anaphoric(int from, int to, Unit unit, int offset, String text) {
        return new DateMention(from, to, Kind.ANAPHORIC, null, 0, 0, 0, 0, unit, offset, false, text);
    }

    public static DateMention deictic(int from, int to, Unit unit, int offset, String text) {
        return new DateMention(from, to, Kind.DEICTIC, null, 0, 0, 0, 0, unit, offset, false, text);
    }

    public static DateMention eventAnaphor(int from, int to, String text) {
        return new DateMention(from, to, Kind.EVENT_ANAPHOR, null, 0, 0, 0, 0, Unit.NONE, 0, false, text);
    }

    /** The same mention widened to tokens {@code [from, to)} with its text. */
    public DateMention span(int newFrom, int newTo, String newText) {
        return new DateMention(newFrom, newTo, kind, absolute, month, monthEnd, day, dayEnd, unit, offset, since,
                newText);
    }

    public DateMention withSince() {
        return new DateMention(from, to, kind, absolute, month, monthEnd, day, dayEnd, unit, offset, true, text);
    }

    public boolean contains(int token) {
        return token >= from && token < to;
    }
}

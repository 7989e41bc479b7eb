package org.dyad.text.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.dyad.model.FuzzyDate;
import org.dyad.model.Precision;

/**
 * Turns a date mention into a date: partial and anaphoric mentions against the narrative's
 * running reference time (the last date the text established), deictic ones against the
 * document's date. Returns null when the context lacks what the mention needs (a deictic word in
 * an undated document, a partial date before any year was mentioned).
 */
public final class DateResolver {
    private DateResolver() {
    }

    public static FuzzyDate resolve(DateMention m, FuzzyDate reference, LocalDate documentDate) {
        switch (m.kind()) {
            case ABSOLUTE:
                return m.absolute();
            case PARTIAL:
                return partial(m, reference, documentDate);
            case ANAPHORIC:
                return reference == null ? null : anaphoric(m, reference);
            case DEICTIC:
                if (documentDate == null) {
                    // a narrative's "next year" counts from its own reference time
                    return reference == null || m.unit() == DateMention.Unit.WEEKDAY ? null : anaphoric(m, reference);
                }
                return deictic(m, documentDate);
            default:
                return reference;
        }
    }

    private static FuzzyDate partial(DateMention m, FuzzyDate reference, LocalDate documentDate) {
        int year;
        if (reference != null) {
            year = reference.year();
        } else if (documentDate != null) {
            // news: a month after the document's month belongs to the year before
            year = m.month() > documentDate.getMonthValue() + 1 ? documentDate.getYear() - 1 : documentDate.getYear();
        } else {
            return null;
        }
        if (m.day() > 0) {
            FuzzyDate a = DateTagger.safeDay(year, m.month(), m.day());
            FuzzyDate b = DateTagger.safeDay(year, m.month(), m.dayEnd());
            if (a == null || b == null) {
                return null;
            }
            return m.dayEnd() > m.day() ? FuzzyDate.range(a, b) : a;
        }
        return m.monthEnd() > m.month() ? FuzzyDate.months(year, m.month(), m.monthEnd()) : FuzzyDate.month(year, m.month());
    }

    private static FuzzyDate anaphoric(DateMention m, FuzzyDate ref) {
        int off = m.offset();
        switch (m.unit()) {
            case YEAR: {
                int y = ref.year() + off;
                if (m.month() > 0) {
                    return FuzzyDate.months(y, m.month(), Math.max(m.month(), m.monthEnd()));
                }
                return FuzzyDate.year(y);
            }
            case MONTH:
                if (ref.precision() == Precision.YEAR || ref.precision() == Precision.SEASON && off != 0) {
                    return off == 0 ? ref : null;
                }
                YearMonth ym = YearMonth.from(ref.earliest()).plusMonths(off);
                return FuzzyDate.month(ym.getYear(), ym.getMonthValue());
            case WEEK:
            case DAY:
                if (ref.precision() != Precision.DAY) {
                    // "a week later" after "in May 1999": still May, as far as the text tells
                    int days = Math.abs(m.unit() == DateMention.Unit.WEEK ? 7 * off : off);
                    return days <= 14 ? ref : null;
                }
                if (off == 0) {
                    return ref;
                }
                LocalDate d = (off > 0 ? ref.latest() : ref.earliest()).plusDays(m.unit() == DateMention.Unit.WEEK ? 7L * off : off);
                return FuzzyDate.day(d);
            default:
                return ref;
        }
    }

    private static FuzzyDate deictic(DateMention m, LocalDate doc) {
        int off = m.offset();
        switch (m.unit()) {
            case DAY:
                return FuzzyDate.day(doc.plusDays(off));
            case WEEK: {
                LocalDate monday = doc.with(DayOfWeek.MONDAY).plusWeeks(off);
                return FuzzyDate.span(monday, monday.plusDays(6), Precision.DAY);
            }
            case MONTH: {
                YearMonth ym = YearMonth.from(doc).plusMonths(off);
                return FuzzyDate.month(ym.getYear(), ym.getMonthValue());
            }
            case YEAR:
                return FuzzyDate.year(doc.getYear() + off);
            case WEEKDAY: {
                DayOfWeek target = DayOfWeek.of(m.day());
                LocalDate d = doc;
                if (off < 0) {
                    // "on Friday" in a story dated Friday is that day; otherwise the last one before
                    while (d.getDayOfWeek() != target) {
                        d = d.minusDays(1);
                    }
                } else {
                    do {
                        d = d.plusDays(1);
                    } while (d.getDayOfWeek() != target);
                }
                return FuzzyDate.day(d);
            }
            default:
                return null;
        }
    }
}

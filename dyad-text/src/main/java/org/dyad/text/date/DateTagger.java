package org.dyad.text.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.FuzzyDate;
import org.dyad.model.InvalidValueException;
import org.dyad.model.Season;
import org.dyad.text.token.Sentence;
import org.dyad.text.token.TokenKind;

/**
 * Finds date expressions in a sentence by a hand-written grammar over tokens: full dates in the
 * common orders ({@code On October 26th, 1993}, {@code 26 October 1993}, {@code May 13th-14th,
 * 1997}), months and years ({@code In May 1992}, {@code In 2004}), seasons ({@code in the autumn
 * of 1994}, {@code the fall of 1998}), parts of years ({@code in the second half of 1991}), ranges
 * ({@code from 1993 to 2001}, {@code 1978-1979}), decades, partial dates to complete from context
 * ({@code December 11th-14th}, {@code in mid-May}), anaphoric ones ({@code of that year}, {@code the
 * following year}, {@code On the same day}), event anaphors ({@code during this visit}) and deictic
 * ones for news ({@code yesterday}, {@code on Monday}, {@code last month}).
 *
 * <p>Years inside citations ({@code (Talibly, 2017)}) are not dates: the caller passes the tokens
 * that are citations. Stateless and thread-safe.
 */
public final class DateTagger {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("JANUARY", 1), Map.entry("FEBRUARY", 2), Map.entry("MARCH", 3), Map.entry("APRIL", 4),
            Map.entry("MAY", 5), Map.entry("JUNE", 6), Map.entry("JULY", 7), Map.entry("AUGUST", 8),
            Map.entry("SEPTEMBER", 9), Map.entry("OCTOBER", 10), Map.entry("NOVEMBER", 11), Map.entry("DECEMBER", 12),
            Map.entry("JAN.", 1), Map.entry("FEB.", 2), Map.entry("MAR.", 3), Map.entry("APR.", 4),
            Map.entry("JUN.", 6), Map.entry("JUL.", 7), Map.entry("AUG.", 8), Map.entry("SEP.", 9),
            Map.entry("SEPT.", 9), Map.entry("OCT.", 10), Map.entry("NOV.", 11), Map.entry("DEC.", 12),
            Map.entry("JAN", 1), Map.entry("FEB", 2), Map.entry("AUG", 8), Map.entry("SEPT", 9),
            Map.entry("OCT", 10), Map.entry("NOV", 11), Map.entry("DEC", 12));
    private static final java.util.regex.Pattern SMALL = java.util.regex.Pattern.compile("\\d{1,2}");
    private static final java.util.regex.Pattern ISO = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.regex.Pattern EUROPEAN = java.util.regex.Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
    private static final java.util.regex.Pattern YEAR_RANGE = java.util.regex.Pattern.compile("\\d{4}-\\d{2,4}");
    private static final java.util.regex.Pattern DECADE = java.util.regex.Pattern.compile("\\d{3}0S");
    private static final Map<String, Season> SEASONS = Map.of("SPRING", Season.SPRING, "SUMMER", Season.SUMMER,
            "AUTUMN", Season.AUTUMN, "FALL", Season.AUTUMN, "WINTER", Season.WINTER);
    private static final Map<String, Integer> WEEKDAYS = Map.of("MONDAY", 1, "TUESDAY", 2, "WEDNESDAY", 3,
            "THURSDAY", 4, "FRIDAY", 5, "SATURDAY", 6, "SUNDAY", 7);
    /** Words before a month or year that make it a date ("in May", "since 1992"). */
    private static final Set<String> LEADS = Set.of("IN", "ON", "SINCE", "BY", "UNTIL", "TILL", "DURING", "FROM",
            "OF", "THE", "BEFORE", "AFTER", "EARLY", "LATE", "MID", "AROUND", "THROUGH", "TO", "DATED",
            "THROUGHOUT", "BETWEEN", "AT", "WITHIN", "EARLIER", "LATER", "END", "START");
    private static final Set<String> PREPOSITIONS = Set.of("IN", "ON", "SINCE", "BY", "UNTIL", "TILL", "DURING",
            "FROM", "OF", "BEFORE", "AFTER", "AROUND", "THROUGH", "DATED", "THROUGHOUT", "AT", "WITHIN");
    private static final Map<String, Integer> ORDINAL_WORDS = Map.of("FIRST", 1, "SECOND", 2, "THIRD", 3,
            "FOURTH", 4, "LAST", 4);
    private static final Map<String, Integer> NUMBER_WORDS = Map.of("ONE", 1, "TWO", 2, "THREE", 3, "FOUR", 4,
            "FIVE", 5, "SIX", 6, "SEVEN", 7, "EIGHT", 8, "NINE", 9, "TEN", 10);
    private static final Set<String> EVENT_NOUNS = Set.of("VISIT", "TRIP", "MEETING", "TALKS", "SUMMIT",
            "NEGOTIATIONS", "CONFERENCE", "STAY", "TOUR", "SESSION", "DISCUSSIONS", "CONSULTATIONS", "OCCASION");

    /** Tags dates, skipping tokens flagged in {@code skip} (citations); mentions are in order. */
    public List<DateMention> tag(Sentence s, boolean[] skip) {
        List<DateMention> out = new ArrayList<>(2);
        int n = s.size();
        int i = 0;
        while (i < n) {
            if (skip != null && skip[i]) {
                i++;
                continue;
            }
            DateMention m = at(s, i, skip);
            if (m != null) {
                m = withLead(s, m);
                out.add(m);
                i = m.to();
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean isDash(String u) {
        return u.equals("\u2013") || u.equals("\u2014") || u.equals("-") || u.equals("--") || u.equals(":");
    }

    /** Extends a mention over a preposition or determiner before it, for its date_text. */
    private static DateMention withLead(Sentence s, DateMention m) {
        int from = m.from();
        boolean since = false;
        if (from > 0 && s.upper(from - 1).equals("THE")) {
            from--;
        }
        if (from > 0 && (PREPOSITIONS.contains(s.upper(from - 1)) || s.upper(from - 1).equals("SINCE"))) {
            since = s.upper(from - 1).equals("SINCE");
            from--;
        }
        DateMention w = m.span(from, m.to(), s.text(from, m.to()));
        if (from < m.from() && s.upper(from).equals("AFTER") && m.kind() == DateMention.Kind.ABSOLUTE
                && m.absolute().precision() == org.dyad.model.Precision.YEAR && !m.absolute().isRange()) {
            // "cooled after 2005": later than that year, so from the next one on, as far as the words say
            w = DateMention.absolute(from, m.to(), FuzzyDate.year(m.absolute().year() + 1), w.text());
        }
        return since ? w.withSince() : w;
    }

    /** Lower-case words that can start a date expression; any other lower-case word cannot. */
    private static final Set<String> LOWER_STARTS = Set.of("THE", "THAT", "THIS", "LAST", "NEXT", "A", "ONE", "TWO",
            "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "DURING", "ON", "IN", "AT", "YESTERDAY",
            "TODAY", "TOMORROW", "TONIGHT", "FROM", "BETWEEN", "SPRING", "SUMMER", "AUTUMN", "FALL", "WINTER",
            "LATER", "EARLIER", "MAY", "MARCH");

    private DateMention at(Sentence s, int i, boolean[] skip) {
        String u = s.upper(i);
        int n = s.size();
        char c0 = s.surface(i).charAt(0);
        if (Character.isLowerCase(c0) && !LOWER_STARTS.contains(u) && !u.startsWith("MID-")) {
            return null;
        }
        if (!Character.isLetterOrDigit(c0)) {
            return null;
        }
        // ---- month first: MONTH DAY, YEAR | MONTH YEAR | MONTH DAY | MONTH
        Integer month = month(u);
        if (month != null) {
            return monthFirst(s, i, month, skip);
        }
        // ---- day first: DAY MONTH YEAR | DAY MONTH, with a range "21-22 December", "from 14 to 16 July"
        int[] day = day(u);
        int first = i;
        if (u.equals("FROM") && i + 3 < n) {
            int[] a = day(s.upper(i + 1));
            int[] b = day(s.upper(i + 3));
            if (a != null && b != null && s.upper(i + 2).equals("TO") && b[0] > a[0] && month(s.upper(i + 4 < n ? i + 4 : i)) != null) {
                day = new int[] {a[0], b[0]};
                i += 3;
            }
        } else if (day != null && day[0] == day[1] && i + 3 < n && isDash(s.upper(i + 1)) && !s.upper(i + 1).equals(":")) {
            int[] b = day(s.upper(i + 2));
            if (b != null && b[0] > day[0] && month(s.upper(i + 3)) != null) {
                day = new int[] {day[0], b[0]};
                i += 2;
            }
        }
        if (day != null && i + 1 < n) {
            int k = i + 1;
            if (s.upper(k).equals("OF") && k + 1 < n) {
                k++;
            }
            Integer m = month(s.upper(k));
            if (m != null && !isPlainMay(s, k, true)) {
                int y = k + 1 < n ? year(s, k + 1 + (s.upper(k + 1).equals(",") ? 1 : 0)) : -1;
                int yTok = k + 1 + (k + 1 < n && s.upper(k + 1).equals(",") ? 1 : 0);
                if (y > 0) {
                    FuzzyDate d = dayRange(y, m, day[0], day[1]);
                    if (d != null) {
                        return DateMention.absolute(first, yTok + 1, d, s.text(first, yTok + 1));
                    }
                }
                if (day[0] <= daysIn(m)) {
                    return DateMention.partial(first, k + 1, m, m, day[0], day[1], s.text(first, k + 1));
                }
            }
        }
        // ---- seasons: (EARLY|LATE)? SEASON (OF)? YEAR
        Season season = SEASONS.get(u);
        if (season != null && i + 1 < n) {
            int k = i + 1;
            if (s.upper(k).equals("OF") && k + 1 < n) {
                k++;
            }
            int y = year(s, k);
            if (y > 0) {
                int start = i > 0 && (s.upper(i - 1).equals("EARLY") || s.upper(i - 1).equals("LATE")) ? i - 1 : i;
                return DateMention.absolute(start, k + 1, FuzzyDate.season(season, y), s.text(start, k + 1));
            }
            if (s.upper(k).equals("THAT") && k + 1 < n && s.upper(k + 1).equals("YEAR") && i > 0
                    && (s.upper(i - 1).equals("THE") || PREPOSITIONS.contains(s.upper(i - 1)))) {
                return new DateMention(i, k + 2, DateMention.Kind.ANAPHORIC, null, season.firstMonth(),
                        season.firstMonth() + 2, 0, 0, DateMention.Unit.YEAR, 0, false, s.text(i, k + 2));
            }
        }
        // ---- parts of a year: THE FIRST HALF OF 1991, THE BEGINNING OF 1992, THE END OF 1991
        if (u.equals("THE") && i + 3 < n) {
            DateMention part = partOfYear(s, i);
            if (part != null) {
                return part;
            }
        }
        // ---- ranges of years: FROM Y TO Y, BETWEEN Y AND Y
        if ((u.equals("FROM") || u.equals("BETWEEN")) && i + 3 < n) {
            int y1 = year(s, i + 1);
            String link = s.upper(i + 2);
            int y2 = year(s, i + 3);
            if (y1 > 0 && y2 >= y1 && (u.equals("FROM") && (link.equals("TO") || link.equals("UNTIL")
                    || link.equals("TILL") || link.equals("THROUGH")) || u.equals("BETWEEN") && link.equals("AND"))) {
                return DateMention.absolute(i, i + 4, FuzzyDate.range(FuzzyDate.year(y1), FuzzyDate.year(y2)),
                        s.text(i, i + 4));
            }
        }
        // ---- anaphoric and deictic words
        DateMention rel = relative(s, i);
        if (rel != null) {
            return rel;
        }
        // ---- numbers: ISO dates, year ranges, decades, years
        if (s.is(i, TokenKind.NUMBER)) {
            return number(s, i);
        }
        if (u.startsWith("MID-") && u.length() > 4) {
            Integer m = month(u.substring(4));
            if (m != null) {
                int y = i + 1 < n ? year(s, i + 1) : -1;
                if (y > 0) {
                    return DateMention.absolute(i, i + 2, FuzzyDate.month(y, m), s.text(i, i + 2));
                }
                return DateMention.partial(i, i + 1, m, m, 0, 0, s.text(i, i + 1));
            }
            int y = yearValue(u.substring(4));
            if (y > 0) {
                return DateMention.absolute(i, i + 1, FuzzyDate.year(y), s.text(i, i + 1));
            }
        }
        return null;
    }

    private DateMention monthFirst(Sentence s, int i, int month, boolean[] skip) {
        int n = s.size();
        if (isPlainMay(s, i, false)) {
            return null;
        }
        int k = i + 1;
        // MONTH DAY[-DAY] [,] [YEAR | OF THAT YEAR]
        if (k < n && s.is(k, TokenKind.NUMBER)) {
            int[] day = day(s.upper(k));
            if (day != null && day[0] <= daysIn(month)) {
                int yTok = k + 1;
                if (yTok < n && s.upper(yTok).equals(",")) {
                    yTok++;
                }
                int y = yTok < n ? year(s, yTok) : -1;
                if (y > 0 && !(skip != null && skip[yTok])) {
                    FuzzyDate d = dayRange(y, month, day[0], day[1]);
                    if (d != null) {
                        return DateMention.absolute(i, yTok + 1, d, s.text(i, yTok + 1));
                    }
                }
                int end = k + 1;
                if (end + 2 < n && s.upper(end).equals("OF") && (s.upper(end + 1).equals("THAT")
                        || s.upper(end + 1).equals("THIS")) && s.upper(end + 2).equals("YEAR")) {
                    end += 3;
                } else if (end + 3 < n && s.upper(end).equals("OF") && s.upper(end + 1).equals("THE")
                        && s.upper(end + 2).equals("SAME") && s.upper(end + 3).equals("YEAR")) {
                    end += 4;
                }
                return DateMention.partial(i, end, month, month, day[0], day[1], s.text(i, end));
            }
        }
        // MONTH-MONTH YEAR written as MONTH - MONTH YEAR or "June-July"
        int monthEnd = month;
        if (k + 1 < n && (s.upper(k).equals("-") || s.upper(k).equals("--") || s.upper(k).equals("TO")
                || s.upper(k).equals("AND")) && month(s.upper(k + 1)) != null && year(s, k + 2 < n ? k + 2 : k) > 0
                && k + 2 < n) {
            monthEnd = month(s.upper(k + 1));
            k += 2;
        }
        // MONTH [OF|,] YEAR
        int yTok = k;
        if (yTok < n && (s.upper(yTok).equals("OF") || s.upper(yTok).equals(","))) {
            yTok++;
        }
        int y = yTok < n ? year(s, yTok) : -1;
        if (y > 0 && !(skip != null && skip[yTok])) {
            FuzzyDate d = monthEnd >= month ? FuzzyDate.months(y, month, monthEnd) : FuzzyDate.month(y, month);
            return DateMention.absolute(i, yTok + 1, d, s.text(i, yTok + 1));
        }
        // MONTH alone: only where a preposition or determiner makes it a date, or heading a
        // chronology line ("November \u2013 Iran protests ...")
        if (i > 0 && LEADS.contains(s.upper(i - 1)) || i > 0 && s.upper(i - 1).equals("MID-")
                || i == 0 && i + 1 < n && isDash(s.upper(i + 1))) {
            int end = i + 1;
            if (end + 2 < n && s.upper(end).equals("OF") && s.upper(end + 1).equals("THAT")
                    && s.upper(end + 2).equals("YEAR")) {
                end += 3;
            }
            return DateMention.partial(i, end, month, month, 0, 0, s.text(i, end));
        }
        return null;
    }

    /** "May" the modal and "March" the verb: a month only after a lead word or before a day/year. */
    private static boolean isPlainMay(Sentence s, int i, boolean afterDay) {
        String u = s.upper(i);
        if (!u.equals("MAY") && !u.equals("MARCH")) {
            return false;
        }
        if (afterDay || s.capitalized(i) && i > 0) {
            return false;
        }
        if (i + 1 < s.size() && (s.is(i + 1, TokenKind.NUMBER) || i == 0 && isDash(s.upper(i + 1)))) {
            return false;
        }
        return !(i > 0 && LEADS.contains(s.upper(i - 1)));
    }

    private DateMention partOfYear(Sentence s, int i) {
        int n = s.size();
        String a = s.upper(i + 1);
        String b = s.upper(i + 2);
        // THE FIRST HALF OF 1991 / THE SECOND QUARTER OF 1994
        Integer ord = ORDINAL_WORDS.get(a);
        if (ord != null && (b.equals("HALF") || b.equals("QUARTER")) && i + 4 < n && s.upper(i + 3).equals("OF")) {
            int y = year(s, i + 4);
            if (y > 0) {
                int from;
                int to;
                if (b.equals("HALF")) {
                    int h = a.equals("LAST") ? 2 : Math.min(ord, 2);
                    from = h == 1 ? 1 : 7;
                    to = h == 1 ? 6 : 12;
                } else {
                    from = (ord - 1) * 3 + 1;
                    to = from + 2;
                }
                return DateMention.absolute(i, i + 5, FuzzyDate.months(y, from, to), s.text(i, i + 5));
            }
            if (s.upper(i + 4).equals("THAT") && i + 5 < n && s.upper(i + 5).equals("YEAR")) {
                int from = b.equals("HALF") ? (ord == 1 ? 1 : 7) : (ord - 1) * 3 + 1;
                int to = b.equals("HALF") ? from + 5 : from + 2;
                return new DateMention(i, i + 6, DateMention.Kind.ANAPHORIC, null, from, to, 0, 0,
                        DateMention.Unit.YEAR, 0, false, s.text(i, i + 6));
            }
        }
        // THE BEGINNING/START/END/MIDDLE OF 1992: the year, as written
        if ((a.equals("BEGINNING") || a.equals("START") || a.equals("END") || a.equals("MIDDLE")) && b.equals("OF")) {
            int y = year(s, i + 3);
            if (y > 0) {
                return DateMention.absolute(i, i + 4, FuzzyDate.year(y), s.text(i, i + 4));
            }
            Integer m = month(s.upper(i + 3));
            if (m != null) {
                int y2 = i + 4 < n ? year(s, i + 4) : -1;
                if (y2 > 0) {
                    return DateMention.absolute(i, i + 5, FuzzyDate.month(y2, m), s.text(i, i + 5));
                }
            }
        }
        return null;
    }

    private DateMention relative(Sentence s, int i) {
        int n = s.size();
        String u = s.upper(i);
        String next = i + 1 < n ? s.upper(i + 1) : "";
        String next2 = i + 2 < n ? s.upper(i + 2) : "";
        // THAT YEAR | THAT DAY | THAT MONTH
        if ((u.equals("THAT") || u.equals("THIS")) && (next.equals("YEAR") || next.equals("DAY") || next.equals("MONTH"))
                && !(i + 2 < n && s.is(i + 2, TokenKind.NUMBER))) {
            if (u.equals("THIS") && i > 0 && !s.upper(i - 1).equals("OF") && !s.upper(i - 1).equals("IN")
                    && !s.upper(i - 1).equals("EARLIER") && !s.upper(i - 1).equals("LATER")) {
                return DateMention.deictic(i, i + 2, unit(next), 0, s.text(i, i + 2));
            }
            int from = i > 0 && (s.upper(i - 1).equals("LATER") || s.upper(i - 1).equals("EARLIER")) ? i - 1 : i;
            return DateMention.anaphoric(from, i + 2, unit(next), 0, s.text(from, i + 2));
        }
        // THE SAME / FOLLOWING / NEXT / PREVIOUS YEAR|DAY|MONTH
        if (u.equals("THE") && (next.equals("SAME") || next.equals("FOLLOWING") || next.equals("NEXT")
                || next.equals("PREVIOUS") || next.equals("PRECEDING"))
                && (next2.equals("YEAR") || next2.equals("DAY") || next2.equals("MONTH") || next2.equals("WEEK"))) {
            int off = next.equals("SAME") ? 0 : next.equals("PREVIOUS") || next.equals("PRECEDING") ? -1 : 1;
            return DateMention.anaphoric(i, i + 3, unit(next2), off, s.text(i, i + 3));
        }
        // A YEAR LATER | TWO YEARS LATER | THREE MONTHS EARLIER
        Integer count = u.equals("A") || u.equals("ONE") ? Integer.valueOf(1) : NUMBER_WORDS.get(u);
        if (count == null && s.is(i, TokenKind.NUMBER) && SMALL.matcher(u).matches()) {
            count = Integer.parseInt(u);
        }
        if (count != null && (next.startsWith("YEAR") || next.startsWith("MONTH") || next.startsWith("DAY")
                || next.startsWith("WEEK")) && (next2.equals("LATER") || next2.equals("EARLIER")
                || next2.equals("AFTER") || next2.equals("AGO"))) {
            int off = next2.equals("EARLIER") || next2.equals("AGO") ? -count : count;
            DateMention.Unit unit = unit(next.replaceAll("S$", ""));
            if (next2.equals("AGO")) {
                return DateMention.deictic(i, i + 3, unit, off, s.text(i, i + 3));
            }
            if (next2.equals("AFTER") && i > 0 && s.upper(i - 1).equals(",")) {
                // "signed a decree on Saturday, four days after jets shot down a plane": the clause
                // after it happened that long before the date just told
                return DateMention.anaphoric(i, i + 3, unit, -count, s.text(i, i + 3));
            }
            if (next2.equals("AFTER")) {
                return null; // "two years after the war": anchored to an event, not to the reference time
            }
            return DateMention.anaphoric(i, i + 3, unit, off, s.text(i, i + 3));
        }
        // ON THE FIRST (SECOND, LAST) DAY OF THE VISIT: a day of the visit just told
        if (u.equals("ON") && next.equals("THE") && i + 5 < n && s.upper(i + 3).equals("DAY")
                && s.upper(i + 4).equals("OF") && (s.upper(i + 5).equals("THE") || s.upper(i + 5).equals("THIS"))
                && i + 6 < n && EVENT_NOUNS.contains(s.upper(i + 6))) {
            int nth = switch (next2) {
                case "FIRST" -> 1;
                case "SECOND" -> 2;
                case "THIRD" -> 3;
                case "LAST", "FINAL" -> -1;
                default -> 0;
            };
            if (nth != 0) {
                return new DateMention(i, i + 7, DateMention.Kind.EVENT_ANAPHOR, null, 0, 0, 0, 0,
                        DateMention.Unit.DAY, nth, false, s.text(i, i + 7));
            }
        }
        // DURING THIS VISIT / ON THIS OCCASION / DURING THE TALKS
        if ((u.equals("DURING") || u.equals("ON") || u.equals("AT") || u.equals("IN")) && (next.equals("THIS")
                || next.equals("THAT") || next.equals("THE")) && EVENT_NOUNS.contains(next2)
                && !(i + 3 < n && (s.upper(i + 3).equals("OF") || s.upper(i + 3).equals("TO")))) {
            if (next.equals("THE") && !u.equals("DURING")) {
                return null;
            }
            return DateMention.eventAnaphor(i, i + 3, s.text(i, i + 3));
        }
        // news: YESTERDAY, TODAY, TOMORROW, ON MONDAY, LAST WEEK, NEXT MONTH, EARLIER THIS YEAR
        switch (u) {
            case "YESTERDAY": return DateMention.deictic(i, i + 1, DateMention.Unit.DAY, -1, s.text(i, i + 1));
            case "TODAY": case "TONIGHT": return DateMention.deictic(i, i + 1, DateMention.Unit.DAY, 0, s.text(i, i + 1));
            case "TOMORROW": return DateMention.deictic(i, i + 1, DateMention.Unit.DAY, 1, s.text(i, i + 1));
            default: break;
        }
        if ((u.equals("LAST") || u.equals("NEXT") || u.equals("THIS")) && (next.equals("WEEK") || next.equals("MONTH")
                || next.equals("YEAR") || WEEKDAYS.containsKey(next))) {
            int off = u.equals("LAST") ? -1 : u.equals("NEXT") ? 1 : 0;
            if (WEEKDAYS.containsKey(next)) {
                return new DateMention(i, i + 2, DateMention.Kind.DEICTIC, null, 0, 0, WEEKDAYS.get(next), 0,
                        DateMention.Unit.WEEKDAY, off == 0 ? -1 : off, false, s.text(i, i + 2));
            }
            return DateMention.deictic(i, i + 2, unit(next), off, s.text(i, i + 2));
        }
        if (WEEKDAYS.containsKey(u) && s.capitalized(i)) {
            return new DateMention(i, i + 1, DateMention.Kind.DEICTIC, null, 0, 0, WEEKDAYS.get(u), 0,
                    DateMention.Unit.WEEKDAY, -1, false, s.text(i, i + 1));
        }
        return null;
    }

    private static DateMention.Unit unit(String w) {
        switch (w) {
            case "DAY": return DateMention.Unit.DAY;
            case "WEEK": return DateMention.Unit.WEEK;
            case "MONTH": return DateMention.Unit.MONTH;
            default: return DateMention.Unit.YEAR;
        }
    }

    private DateMention number(Sentence s, int i) {
        String u = s.upper(i);
        int n = s.size();
        // ISO 1993-10-26 and European 26.10.1993
        if (ISO.matcher(u).matches()) {
            FuzzyDate d = safeDay(Integer.parseInt(u.substring(0, 4)), Integer.parseInt(u.substring(5, 7)),
                    Integer.parseInt(u.substring(8, 10)));
            return d == null ? null : DateMention.absolute(i, i + 1, d, s.text(i, i + 1));
        }
        if (EUROPEAN.matcher(u).matches()) {
            String[] p = u.split("\\.");
            FuzzyDate d = safeDay(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            return d == null ? null : DateMention.absolute(i, i + 1, d, s.text(i, i + 1));
        }
        // 1978-1979, 1993-95
        if (YEAR_RANGE.matcher(u).matches()) {
            int a = Integer.parseInt(u.substring(0, 4));
            String bs = u.substring(5);
            int b = bs.length() == 2 ? a / 100 * 100 + Integer.parseInt(bs) : Integer.parseInt(bs);
            if (plausibleYear(a) && plausibleYear(b) && b > a && b - a < 100) {
                return DateMention.absolute(i, i + 1, FuzzyDate.range(FuzzyDate.year(a), FuzzyDate.year(b)),
                        s.text(i, i + 1));
            }
            return null;
        }
        // the 1990s, the early 2000s
        if (DECADE.matcher(u).matches()) {
            int d = Integer.parseInt(u.substring(0, 4));
            if (plausibleYear(d) && i > 0 && (s.upper(i - 1).equals("THE") || s.upper(i - 1).equals("EARLY")
                    || s.upper(i - 1).equals("LATE") || s.upper(i - 1).equals("MID") || PREPOSITIONS.contains(s.upper(i - 1)))) {
                return DateMention.absolute(i, i + 1, FuzzyDate.range(FuzzyDate.year(d), FuzzyDate.year(d + 9)),
                        s.text(i, i + 1));
            }
            return null;
        }
        int y = yearValue(u);
        if (y < 0) {
            return null;
        }
        // Y - Y with a separate dash token
        if (i + 2 < n && (s.upper(i + 1).equals("-") || s.upper(i + 1).equals("--"))) {
            int b = yearValue(s.upper(i + 2));
            if (b > y && b - y < 100) {
                return DateMention.absolute(i, i + 3, FuzzyDate.range(FuzzyDate.year(y), FuzzyDate.year(b)),
                        s.text(i, i + 3));
            }
        }
        if (!yearContext(s, i)) {
            return null;
        }
        return DateMention.absolute(i, i + 1, FuzzyDate.year(y), s.text(i, i + 1));
    }

    /** A bare four-digit number is a year after a lead word, or before a noun it dates ("1993 elections"). */
    private static boolean yearContext(Sentence s, int i) {
        if (i > 0) {
            String p = s.upper(i - 1);
            boolean countFollows = i + 1 < s.size() && s.is(i + 1, TokenKind.WORD)
                    && Character.isLowerCase(s.surface(i + 1).charAt(0)) && s.upper(i + 1).endsWith("S");
            boolean strong = p.equals("IN") || p.equals("SINCE") || p.equals("DURING") || p.equals("UNTIL")
                    || p.equals("BY");
            if ((LEADS.contains(p) && (strong || !countFollows))
                    || p.equals(",") && i > 1 && month(s.upper(i - 2)) != null) {
                return true;
            }
        }
        if (i + 1 < s.size()) {
            String nx = s.upper(i + 1);
            // "1990 events", "1993 agreement" but not "1500 soldiers": the next word is not a plural count noun
            return s.is(i + 1, TokenKind.WORD) && !nx.endsWith("S") && Character.isLowerCase(s.surface(i + 1).charAt(0))
                    && i > 0 && (s.upper(i - 1).equals("THE") || s.upper(i - 1).equals("A"));
        }
        return false;
    }

    /** A month's name or abbreviation, in capitals ("OCTOBER", "OCT."). */
    public static boolean isMonthWord(String upper) {
        return MONTHS.containsKey(upper);
    }

    static Integer month(String u) {
        return MONTHS.get(u);
    }

    private static int daysIn(int month) {
        return month == 2 ? 29 : month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** Day or day range: 3, 3rd, 18th, 10-11, 11th-14th. */
    static int[] day(String u) {
        int i = 0;
        int n = u.length();
        int a = 0;
        while (i < n && Character.isDigit(u.charAt(i)) && i < 2) {
            a = a * 10 + (u.charAt(i) - '0');
            i++;
        }
        if (i == 0 || a < 1 || a > 31) {
            return null;
        }
        i = skipOrdinal(u, i);
        if (i == n) {
            return new int[] {a, a};
        }
        if (u.charAt(i) != '-') {
            return null;
        }
        i++;
        int b = 0;
        int j = i;
        while (i < n && Character.isDigit(u.charAt(i)) && i - j < 2) {
            b = b * 10 + (u.charAt(i) - '0');
            i++;
        }
        if (i == j || b <= a || b > 31) {
            return null;
        }
        i = skipOrdinal(u, i);
        return i == n ? new int[] {a, b} : null;
    }

    private static int skipOrdinal(String u, int i) {
        if (u.startsWith("ST", i) || u.startsWith("ND", i) || u.startsWith("RD", i) || u.startsWith("TH", i)) {
            return i + 2;
        }
        return i;
    }

    /** The year of token {@code k}, or -1. */
    private static int year(Sentence s, int k) {
        if (k < 0 || k >= s.size() || !s.is(k, TokenKind.NUMBER)) {
            return -1;
        }
        return yearValue(s.upper(k));
    }

    static int yearValue(String u) {
        if (u.length() != 4) {
            return -1;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(u.charAt(i))) {
                return -1;
            }
        }
        int y = Integer.parseInt(u);
        return plausibleYear(y) ? y : -1;
    }

    private static boolean plausibleYear(int y) {
        return y >= 1000 && y <= 2199;
    }

    private static FuzzyDate dayRange(int y, int m, int d1, int d2) {
        FuzzyDate a = safeDay(y, m, d1);
        FuzzyDate b = safeDay(y, m, d2);
        if (a == null || b == null) {
            return null;
        }
        return d1 == d2 ? a : FuzzyDate.range(a, b);
    }

    static FuzzyDate safeDay(int y, int m, int d) {
        try {
            return FuzzyDate.day(y, m, d);
        } catch (InvalidValueException e) {
            return null;
        }
    }

    /** Last day of a month, for resolving partial ranges. */
    static LocalDate endOf(int y, int m) {
        return YearMonth.of(y, m).atEndOfMonth();
    }
}

package org.dyad.data.format;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dyad.data.io.ByteCache;
import org.dyad.data.io.Fields;
import org.dyad.model.ActorCode;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.FuzzyDate;
import org.dyad.model.InvalidValueException;
import org.dyad.model.ontology.CameoEventType;
import org.dyad.model.ontology.Country;
import org.dyad.model.ontology.GoldsteinScale;
import org.dyad.model.ontology.Ontology;

/**
 * What every reader needs to turn raw fields into the event model, with caches: event files repeat
 * the same few thousand actor codes, a few hundred event codes and a few thousand days millions of
 * times. One per reading thread (not thread-safe).
 *
 * <p>Rules shared by all formats: codes keep their leading zeros; quad class and Goldstein weight
 * come from the CAMEO ontology when the row has none; a country that did not exist as a state on
 * the event's day (Azerbaijan before 1991-12-21, the Soviet Union after 1991) is kept and flagged
 * {@value #ANACHRONISM} (see {@link #anachronistic}).
 */
public final class Normalizer {
    /** Flag of an event naming a state on a day it did not exist. */
    public static final String ANACHRONISM = "anachronism";
    /**
     * Flag of a pre-independence event with an Azerbaijani actor that took place in Iran's own
     * Azerbaijani provinces (GDELT geography), where "AZE" most likely means those provinces.
     */
    public static final String IRANIAN_AZERBAIJAN = "iranian-azerbaijan";
    private static final int CACHE_LIMIT = 200_000;

    private final Ontology ontology;
    private final Map<String, ActorCode> actors = new HashMap<>();
    private final Map<String, CameoCode> codes = new HashMap<>();
    private final Map<Integer, FuzzyDate> days = new HashMap<>();
    private static final int FIRST_YEAR = 1900;
    private static final int YEARS = 200;
    /** Days of 1900-2099 by (year, month, day) slot: GDELT's SQLDATE without a map lookup. */
    private final FuzzyDate[] dayArray = new FuzzyDate[YEARS * 372];
    private final ByteCache<ActorCode> actorBytes = new ByteCache<>(1 << 16);
    private final ByteCache<String> countryBytes = new ByteCache<>(1 << 12);
    private final ByteCache<CameoCode> codeBytes = new ByteCache<>(1 << 10);
    private final Map<CameoCode, CameoEventType> types = new HashMap<>();
    private final Map<String, Existence> states = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();

    public Normalizer() {
        this(Ontology.standard());
    }

    public Normalizer(Ontology ontology) {
        this.ontology = ontology;
    }

    public Ontology ontology() {
        return ontology;
    }

    /** A CAMEO actor code from a field, or null when the field is empty. */
    public ActorCode actor(Fields f, int i, String column) throws BadRowException {
        if (f.isEmpty(i)) {
            return null;
        }
        ActorCode a = actorBytes.get(f.buffer(), f.start(i), f.end(i));
        if (a == null) {
            a = actor(f.string(i), column);
            actorBytes.put(f.buffer(), f.start(i), f.end(i), a);
        }
        return a;
    }

    public ActorCode actor(String s, String column) throws BadRowException {
        return cached(actors, s, ActorCode::of, column,
                "a CAMEO actor code (letters or digits in groups of three, such as IRN or IRNGOV)");
    }

    /** Parses through a cache; a value the parser rejects is a bad row naming the column. */
    private static <T> T cached(Map<String, T> cache, String s, java.util.function.Function<String, T> parse,
                                String column, String expected) throws BadRowException {
        if (s == null || s.isEmpty()) {
            return null;
        }
        T v = cache.get(s);
        if (v == null) {
            try {
                v = parse.apply(s);
            } catch (InvalidValueException e) {
                throw new BadRowException(column + " '" + s + "' is not " + expected);
            }
            remember(cache, s, v);
        }
        return v;
    }

    /** A three-letter CAMEO country code from a field (GDELT's Actor1CountryCode), or null when empty. */
    public String countryCode(Fields f, int i, String column) throws BadRowException {
        if (f.isEmpty(i)) {
            return null;
        }
        String c = countryBytes.get(f.buffer(), f.start(i), f.end(i));
        if (c == null) {
            String s = f.string(i);
            if (s.length() != 3 || !s.chars().allMatch(ch -> (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) {
                throw new BadRowException(column + " '" + s + "' is not a three-letter country code such as IRN");
            }
            c = s;
            countryBytes.put(f.buffer(), f.start(i), f.end(i), c);
        }
        return c;
    }

    /**
     * The CAMEO country code for a country name or code as the datasets write it ("Iran",
     * "Russian Federation", "IRN"), or null when it names no country known to the ontology.
     */
    public String countryByName(String name) {
        if (name == null) {
            return null;
        }
        String c = countryNames.get(name);
        if (c == null) {
            c = ontology.countries().byName(name)
                    .or(() -> name.length() == 3 ? ontology.countries().byCameo(name) : java.util.Optional.empty())
                    .or(() -> name.length() == 3 ? ontology.countries().byIso3(name) : java.util.Optional.empty())
                    .map(Country::cameo).orElse("");
            remember(countryNames, name, c);
        }
        return c.isEmpty() ? null : c;
    }

    /** The CAMEO country code for an ISO 3166 alpha-3 code (POLECAT, Phoenix locations), or null. */
    public String countryByIso3(String iso3) {
        if (iso3 == null) {
            return null;
        }
        String key = "iso3:" + iso3;
        String c = countryNames.get(key);
        if (c == null) {
            c = ontology.countries().byIso3(iso3.toUpperCase(Locale.ROOT))
                    .or(() -> ontology.countries().byCameo(iso3)).map(Country::cameo).orElse("");
            remember(countryNames, key, c);
        }
        return c.isEmpty() ? null : c;
    }

    /** A CAMEO event code from a field, with its leading zeros; null when empty. */
    public CameoCode code(Fields f, int i, String column) throws BadRowException {
        if (f.isEmpty(i)) {
            return null;
        }
        CameoCode c = codeBytes.get(f.buffer(), f.start(i), f.end(i));
        if (c == null) {
            c = code(f.string(i), column);
            codeBytes.put(f.buffer(), f.start(i), f.end(i), c);
        }
        return c;
    }

    public CameoCode code(String s, String column) throws BadRowException {
        return cached(codes, s, CameoCode::of, column,
                "a CAMEO event code (2 to 4 digits with the leading zero, such as 04, 042, 0311)");
    }

    /** A day from {@code YYYYMMDD} digits in a field. */
    public FuzzyDate dayYmd(Fields f, int i, String column) throws BadRowException {
        long v = f.unsigned(i);
        if (v < 0 || f.length(i) != 8) {
            throw new BadRowException(column + " '" + text(f, i) + "' is not a date written YYYYMMDD");
        }
        return day((int) v, f, i, column);
    }

    private FuzzyDate day(int ymd, Fields f, int i, String column) throws BadRowException {
        int y = ymd / 10000;
        int m = ymd / 100 % 100;
        int dd = ymd % 100;
        int slot = y >= FIRST_YEAR && y < FIRST_YEAR + YEARS && m >= 1 && m <= 12 && dd >= 1 && dd <= 31
                ? (y - FIRST_YEAR) * 372 + (m - 1) * 31 + dd - 1 : -1;
        if (slot >= 0 && dayArray[slot] != null) {
            return dayArray[slot];
        }
        FuzzyDate d = days.get(ymd);
        if (d == null) {
            try {
                d = FuzzyDate.day(ymd / 10000, ymd / 100 % 100, ymd % 100);
            } catch (InvalidValueException e) {
                throw new BadRowException(column + " '" + text(f, i) + "' is not a date: " + e.getMessage());
            }
            remember(days, ymd, d);
        }
        if (slot >= 0) {
            dayArray[slot] = d;
        }
        return d;
    }

    /**
     * A day written {@code YYYY-MM-DD}, {@code YYYYMMDD}, or {@code M/D/YYYY} (the ICEWS 2017 file,
     * Cline Phoenix), optionally followed by a time ({@code 2018-01-02 10:00:00}).
     */
    public FuzzyDate anyDay(Fields f, int i, String column) throws BadRowException {
        String s = f.trimmed(i);
        if (s == null) {
            throw new BadRowException("no " + column);
        }
        return anyDay(s, column);
    }

    public FuzzyDate anyDay(String s, String column) throws BadRowException {
        int space = s.indexOf(' ');
        String d = space > 0 ? s.substring(0, space) : s;
        int y;
        int m;
        int day;
        try {
            if (d.length() == 10 && d.charAt(4) == '-' && d.charAt(7) == '-') {
                y = Integer.parseInt(d.substring(0, 4));
                m = Integer.parseInt(d.substring(5, 7));
                day = Integer.parseInt(d.substring(8, 10));
            } else if (d.length() == 8 && d.chars().allMatch(Character::isDigit)) {
                y = Integer.parseInt(d.substring(0, 4));
                m = Integer.parseInt(d.substring(4, 6));
                day = Integer.parseInt(d.substring(6, 8));
            } else if (d.indexOf('/') > 0) {
                String[] p = d.split("/", -1);
                if (p.length != 3 || p[2].length() != 4) {
                    throw new NumberFormatException();
                }
                m = Integer.parseInt(p[0]);
                day = Integer.parseInt(p[1]);
                y = Integer.parseInt(p[2]);
            } else {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new BadRowException(column + " '" + s + "' is not a date (expected YYYY-MM-DD, YYYYMMDD or M/D/YYYY)");
        }
        int key = y * 10000 + m * 100 + day;
        FuzzyDate cached = days.get(key);
        if (cached != null && m >= 1 && m <= 12 && day >= 1 && day <= 31) {
            return cached;
        }
        try {
            FuzzyDate fd = FuzzyDate.day(y, m, day);
            remember(days, key, fd);
            return fd;
        } catch (InvalidValueException e) {
            throw new BadRowException(column + " '" + s + "' is not a date: " + e.getMessage());
        }
    }

    /** A Goldstein weight from a field: null when empty, a bad row when not a number in -10..10. */
    public Double goldstein(Fields f, int i, String column) throws BadRowException {
        if (f.isEmpty(i)) {
            return null;
        }
        double v = f.number(i);
        return goldstein(v, f, i, column);
    }

    private Double goldstein(double v, Fields f, int i, String column) throws BadRowException {
        if (Double.isNaN(v) || v < -10 || v > 10) {
            throw new BadRowException(column + " '" + text(f, i) + "' is not a weight between -10 and 10");
        }
        return v;
    }

    /** A Goldstein weight from text ("NA" and blanks are absent). */
    public Double goldstein(String s, String column) throws BadRowException {
        if (s == null || s.isEmpty() || s.equals("NA")) {
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (Double.isNaN(v) || v < -10 || v > 10) {
            throw new BadRowException(column + " '" + s + "' is not a weight between -10 and 10");
        }
        return v;
    }

    /**
     * Fills quad class and Goldstein weight from the ontology where the row had none, and flags
     * countries that did not exist on the event's day. An event code unknown to the ontology is a
     * bad row (CAMEO has a fixed list).
     */
    public Event finish(Event.Builder b, GoldsteinScale scale) throws BadRowException {
        CameoCode code = b.code();
        if (code != null) {
            CameoEventType t = types.get(code);
            if (t == null) {
                t = ontology.cameo().find(code.code()).orElse(null);
                if (t != null) {
                    types.put(code, t);
                }
            }
            if (t == null) {
                throw new BadRowException("event code '" + code + "' is not in CAMEO");
            }
            if (b.quadClass() == null) {
                b.quadClass(t.quadClass());
            }
            if (b.goldstein() == null) {
                b.goldstein(t.goldstein(scale));
            }
        }
        FuzzyDate d = b.date();
        if (d != null && (anachronistic(b.sourceCountry(), d) || anachronistic(b.targetCountry(), d))) {
            b.flag(ANACHRONISM);
        }
        return b.build();
    }

    /**
     * True when the country is a state that did not exist yet on the date (its first day by
     * Correlates of War or Gleditsch–Ward, whichever is earlier: Azerbaijan from 1991-12-21), or a
     * historical state that no longer existed (the GDR after 1990). Gaps in a state's existence
     * (Germany under occupation) are not anachronisms: datasets code the country through them.
     */
    public boolean anachronistic(String country, FuzzyDate d) {
        if (country == null) {
            return false;
        }
        Existence e = states.get(country);
        if (e == null) {
            e = ontology.countries().byCameo(country).map(Existence::of).orElse(Existence.ALWAYS);
            remember(states, country, e);
        }
        return (e.first != null && d.latest().isBefore(e.first)) || (e.last != null && d.earliest().isAfter(e.last));
    }

    /** When a state existed, for the anachronism test: from its first day, and until its last if historical. */
    private record Existence(LocalDate first, LocalDate last) {
        static final Existence ALWAYS = new Existence(null, null);

        static Existence of(Country c) {
            if (c.kind() != Country.Kind.STATE && c.kind() != Country.Kind.HISTORICAL) {
                return ALWAYS;
            }
            return new Existence(firstDay(c), c.kind() == Country.Kind.HISTORICAL ? lastDay(c) : null);
        }
    }

    private static LocalDate firstDay(Country c) {
        LocalDate first = null;
        for (java.util.List<Country.Spell> spells : java.util.List.of(c.cowSpells(), c.gwSpells())) {
            if (!spells.isEmpty() && (first == null || spells.get(0).from().isBefore(first))) {
                first = spells.get(0).from();
            }
        }
        return first;
    }

    private static LocalDate lastDay(Country c) {
        LocalDate last = null;
        for (java.util.List<Country.Spell> spells : java.util.List.of(c.cowSpells(), c.gwSpells())) {
            for (Country.Spell s : spells) {
                if (s.to() == null) {
                    return null;
                }
                if (last == null || s.to().isAfter(last)) {
                    last = s.to();
                }
            }
        }
        return last;
    }

    /** The field as text for a message, cut short when long. */
    static String text(Fields f, int i) {
        String s = f.string(i);
        if (s == null) {
            return "";
        }
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }

    private static <K, V> void remember(Map<K, V> cache, K key, V value) {
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, value);
    }
}

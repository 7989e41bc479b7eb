package org.dyad.data.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.dyad.data.format.EventFormat;
import org.dyad.model.ontology.CameoEventType;
import org.dyad.model.ontology.Country;
import org.dyad.model.ontology.Ontology;

/**
 * Writes synthetic event files in each format Dyad reads, since the full datasets cannot be
 * downloaded everywhere: scale tests and benchmarks use them. Deterministic for a seed.
 *
 * <p>The draws imitate what the research notes found in real files: a few countries (the United
 * States, Russia, China, Israel, Iran...) in most events and a long tail; a share of Iran–Azerbaijan
 * rows, with "AZE" before 1991 placed in Iran's Azerbaijani provinces as GDELT 1.0 does; frequent
 * statements, consultations and visits among the CAMEO codes; blank actors; events reported again
 * under new ids on the same day (near-duplicates), repeated rows, and a share of malformed rows.
 * Names, places and URLs are made up.
 */
public final class Synth {
    /** Countries drawn often, most frequent first (a Zipf-like head); the rest of the states form the tail. */
    private static final String[] HEAD = {"USA", "RUS", "CHN", "GBR", "ISR", "IRN", "FRA", "DEU", "IND", "PAK", "TUR",
        "JPN", "AFG", "IRQ", "SYR", "UKR", "PSE", "EGY", "SAU", "KOR", "PRK", "AUS", "CAN", "ITA", "NGA", "AZE", "ARM",
        "GEO", "KAZ", "TKM"};
    /** Event codes drawn often (statements, consultations, visits, appeals, criticism, force). */
    private static final String[] COMMON_CODES = {"010", "020", "036", "040", "042", "043", "046", "051", "057", "112",
        "111", "120", "173", "190", "193", "013", "030", "061", "071", "0311"};
    private static final String[] SECTORS = {"GOV", "MIL", "LEG", "OPP", "BUS", "MED", "CVL", "COP", "JUD", "REL"};
    private static final String[] IRANIAN_AZERBAIJAN = {"IR01", "IR33", "IR32"};

    private final Ontology ontology = Ontology.standard();
    private final EventFormat format;
    private final SynthOptions options;
    private final SplittableRandom random;
    private final List<Country> head = new ArrayList<>();
    private final List<Country> tail = new ArrayList<>();
    private final List<CameoEventType> codes = new ArrayList<>();
    private final List<CameoEventType> common = new ArrayList<>();
    private final long firstDay;
    private final long days;
    private final SynthRow row = new SynthRow();
    private final SynthRow[] recent = new SynthRow[64];
    private long nextId;
    private String lastLine;

    public Synth(EventFormat format, SynthOptions options) {
        this.format = format;
        this.options = options;
        this.random = new SplittableRandom(options.seed());
        for (String c : HEAD) {
            head.add(ontology.countries().byCameo(c).orElseThrow());
        }
        for (Country c : ontology.countries().all()) {
            if (c.kind() == Country.Kind.STATE && !head.contains(c) && !c.fips().isEmpty()) {
                tail.add(c);
            }
        }
        for (CameoEventType t : ontology.cameo().all()) {
            if (t.level() > 0) {
                codes.add(t);
            }
        }
        for (String c : COMMON_CODES) {
            common.add(ontology.cameo().get(c));
        }
        LocalDate[] span = span(format);
        LocalDate from = options.from() != null ? options.from() : span[0];
        LocalDate to = options.to() != null ? options.to() : span[1];
        this.firstDay = from.toEpochDay();
        this.days = to.toEpochDay() - from.toEpochDay() + 1;
        this.nextId = format == EventFormat.GDELT2 ? 700_000_000L : 1_000_000L;
        for (int i = 0; i < recent.length; i++) {
            recent[i] = new SynthRow();
        }
    }

    /** The years a format's real files cover. */
    private static LocalDate[] span(EventFormat f) {
        switch (f) {
            case GDELT2:
                return new LocalDate[] {LocalDate.of(2015, 2, 19), LocalDate.of(2020, 12, 31)};
            case ICEWS:
                return new LocalDate[] {LocalDate.of(1995, 1, 1), LocalDate.of(2018, 12, 31)};
            case POLECAT:
                return new LocalDate[] {LocalDate.of(2018, 1, 1), LocalDate.of(2023, 12, 31)};
            case PHOENIX:
                return new LocalDate[] {LocalDate.of(2014, 6, 20), LocalDate.of(2019, 12, 31)};
            default:
                return new LocalDate[] {LocalDate.of(1979, 1, 1), LocalDate.of(2013, 3, 31)};
        }
    }

    /** Writes the header (for formats that have one) and {@code rows} rows. */
    public void write(OutputStream out) throws IOException {
        SynthWriter w = new SynthWriter(format, this, out);
        w.header();
        for (long i = 0; i < options.rows(); i++) {
            double u = random.nextDouble();
            if (u < options.badShare()) {
                w.bad(draw(), random);
            } else if (u < options.badShare() + options.duplicateShare() && lastLine != null) {
                w.raw(lastLine);
            } else if (u < options.badShare() + options.duplicateShare() + options.nearDuplicateShare() && i > 0) {
                SynthRow r = recent[random.nextInt(recent.length)];
                if (r.code == null) {
                    r = draw();
                }
                row.copy(r);
                row.id = nextId++;
                row.story = random.nextInt(100_000_000);
                lastLine = w.row(row);
            } else {
                SynthRow r = draw();
                recent[random.nextInt(recent.length)].copy(r);
                lastLine = w.row(r);
            }
        }
        w.flush();
    }

    /** A fresh random event. */
    SynthRow draw() {
        SynthRow r = row;
        r.id = nextId++;
        r.day = LocalDate.ofEpochDay(firstDay + random.nextLong(days));
        if (random.nextDouble() < options.pairShare()) {
            boolean irnFirst = random.nextBoolean();
            r.source = country(irnFirst ? "IRN" : "AZE");
            r.target = country(irnFirst ? "AZE" : "IRN");
        } else {
            r.source = randomCountry();
            r.target = randomCountry();
            while (r.target == r.source) {
                r.target = randomCountry();
            }
            double b = random.nextDouble();
            if (b < options.blankShare() / 2) {
                r.source = null;
            } else if (b < options.blankShare()) {
                r.target = null;
            }
        }
        r.sourceSector = random.nextInt(3) == 0 ? null : SECTORS[random.nextInt(SECTORS.length)];
        r.targetSector = random.nextInt(2) == 0 ? null : SECTORS[random.nextInt(SECTORS.length)];
        r.code = random.nextInt(3) > 0 ? common.get(zipf(common.size())) : codes.get(random.nextInt(codes.size()));
        r.mentions = 1 + (int) Math.min(5000, Math.round(Math.exp(random.nextDouble() * 5)));
        r.sources = 1 + random.nextInt(Math.min(r.mentions, 10));
        r.tone = (random.nextDouble() - 0.5) * 20;
        r.story = random.nextInt(100_000_000);
        Country place = r.target != null && random.nextBoolean() ? r.target : r.source;
        r.place = place != null ? place : randomCountry();
        r.adm1 = null;
        if (r.source != null && r.target != null && (is(r.source, "AZE") || is(r.target, "AZE"))
                && r.day.getYear() < 1992 && random.nextInt(3) > 0) {
            // GDELT 1.0 codes Iran's Azerbaijani provinces as AZE: the event takes place in Iran
            r.place = country("IRN");
            r.adm1 = IRANIAN_AZERBAIJAN[random.nextInt(IRANIAN_AZERBAIJAN.length)];
        }
        return r;
    }

    private static boolean is(Country c, String cameo) {
        return c.cameo().equals(cameo);
    }

    private Country country(String cameo) {
        return ontology.countries().byCameo(cameo).orElseThrow();
    }

    private Country randomCountry() {
        return random.nextInt(10) < 7 ? head.get(zipf(head.size())) : tail.get(random.nextInt(tail.size()));
    }

    /** An index in 0..n-1, small ones likelier (roughly 1/(k+1)). */
    private int zipf(int n) {
        double h = Math.log(n + 1.0);
        int k = (int) Math.floor(Math.exp(random.nextDouble() * h)) - 1;
        return Math.min(Math.max(k, 0), n - 1);
    }

    Ontology ontology() {
        return ontology;
    }

    /** The format's file name suffix ({@code .export.CSV}, {@code .tab}...). */
    public static String suggestedName(EventFormat f, long rows, long seed) {
        String base = String.format(Locale.ROOT, "synth-%s-%d-s%d", f.id(), rows, seed);
        switch (f) {
            case GDELT2:
                return base + ".export.CSV";
            case ICEWS:
                return base + ".tab";
            case CSV:
                return base + ".csv";
            default:
                return base + ".tsv";
        }
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

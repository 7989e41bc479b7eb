package org.dyad.data.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import org.dyad.data.format.EventFormat;
import org.dyad.data.format.Headers;
import org.dyad.model.ontology.CameoEventType;
import org.dyad.model.ontology.Country;

/** Writes drawn events as rows of one format, laid out as in {@code datasets/schemas}. */
final class SynthWriter {
    private static final String[] PUBLISHERS = {"Agence France-Presse", "BBC Monitoring", "Trend News Agency",
        "IRNA", "Xinhua", "Associated Press", "Turan Information Agency", "Reuters"};
    private static final String[] TITLES = {"President", "Foreign Minister", "Prime Minister", "Ambassador", "None"};
    private static final String CSV_HEADER = "id,date,source,target,source_country,target_country,source_name,"
            + "target_name,code,quad_class,goldstein,location,doc";

    private final EventFormat format;
    private final Synth synth;
    private final OutputStream out;
    private final StringBuilder b = new StringBuilder(1024);
    private final byte[] buf = new byte[1 << 20];
    private int n;

    SynthWriter(EventFormat format, Synth synth, OutputStream out) {
        this.format = format;
        this.synth = synth;
        this.out = out;
    }

    void header() throws IOException {
        switch (format) {
            case ICEWS:
                raw(Headers.ICEWS);
                break;
            case POLECAT:
                raw(Headers.POLECAT);
                break;
            case CSV:
                raw(CSV_HEADER);
                break;
            default:
                break;
        }
    }

    /** Writes a row and returns it (without the line end), so it can be repeated. */
    String row(SynthRow r) throws IOException {
        b.setLength(0);
        body(r);
        String line = b.toString();
        raw(line);
        return line;
    }

    /** Appends the row's fields in this format to the line being built. */
    private void body(SynthRow r) {
        switch (format) {
            case GDELT1:
            case GDELT2:
                gdelt(r);
                break;
            case ICEWS:
                icews(r);
                break;
            case POLECAT:
                polecat(r);
                break;
            case PHOENIX:
                phoenix(r);
                break;
            default:
                csv(r);
                break;
        }
    }

    /** A malformed row: cut short, an impossible date, code 13y, binary junk, or commas for tabs. */
    void bad(SynthRow r, SplittableRandom random) throws IOException {
        b.setLength(0);
        int kind = random.nextInt(5);
        if (kind == 3) {
            byte[] junk = new byte[20 + random.nextInt(200)];
            random.nextBytes(junk);
            for (int i = 0; i < junk.length; i++) {
                if (junk[i] == '\n' || junk[i] == '\r') {
                    junk[i] = 0;
                }
            }
            put(junk);
            put(new byte[] {'\n'});
            return;
        }
        body(r);
        String line = b.toString();
        String code = "\t" + r.code.code().code() + "\t";
        String ymd = ymd(r.day);
        switch (kind) {
            case 0:
                line = line.substring(0, line.length() / 2);
                break;
            case 1:
                line = line.replace(ymd, ymd.substring(0, 4) + "13" + ymd.substring(6))
                        .replace(r.day.toString(), r.day.getYear() + "-13-" + ymd.substring(6));
                break;
            case 2:
                if (format == EventFormat.POLECAT) {
                    line = line.replaceFirst("\t[a-z]+\t", "\tsmile\t");
                } else {
                    line = format == EventFormat.CSV ? line.replace("," + r.code.code().code() + ",", ",13y,")
                            : line.replace(code, "\t13y\t");
                }
                break;
            default:
                line = format == EventFormat.CSV ? line.replace(',', ';').replace(";", "") : line.replace('\t', ',');
                break;
        }
        raw(line);
    }

    void raw(String line) throws IOException {
        put(line.getBytes(StandardCharsets.UTF_8));
        put(new byte[] {'\n'});
    }

    private void put(byte[] bytes) throws IOException {
        if (n + bytes.length > buf.length) {
            out.write(buf, 0, n);
            n = 0;
        }
        if (bytes.length > buf.length) {
            out.write(bytes);
            return;
        }
        System.arraycopy(bytes, 0, buf, n, bytes.length);
        n += bytes.length;
    }

    void flush() throws IOException {
        out.write(buf, 0, n);
        n = 0;
        out.flush();
    }

    private static String ymd(LocalDate d) {
        return String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private StringBuilder t() {
        return b.append('\t');
    }

    private static String actorCode(Country c, String sector) {
        return c == null ? (sector == null ? "" : sector) : c.cameo() + (sector == null ? "" : sector);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    // ---------------------------------------------------------------- GDELT

    private void gdelt(SynthRow r) {
        boolean v2 = format == EventFormat.GDELT2;
        boolean daily = v2 || !r.day.isBefore(LocalDate.of(2013, 4, 1));
        String ymd = ymd(r.day);
        b.append(r.id).append('\t').append(ymd).append('\t').append(ymd, 0, 6).append('\t').append(ymd, 0, 4);
        t().append(String.format(Locale.ROOT, "%.4f", r.day.getYear() + (r.day.getMonthValue() * 30 + r.day.getDayOfMonth())
                / 365.0));
        gdeltActor(r.source, r.sourceSector);
        gdeltActor(r.target, r.targetSector);
        CameoEventType c = r.code;
        String code = c.code().code();
        t().append(r.id % 3 == 0 ? 1 : 0);
        t().append(code);
        t().append(code, 0, Math.min(3, code.length()));
        t().append(c.root());
        t().append(c.quadClass().number());
        t().append(number(c.goldsteinGdelt()));
        t().append(r.mentions);
        t().append(r.sources);
        t().append(r.mentions);
        t().append(r.tone);
        geo(r.source == null ? null : r.source, r, v2);
        geo(r.target == null ? null : r.target, r, v2);
        geo(r.place, r, v2);
        t().append(v2 ? ymd + "151500" : ymd(r.day.plusDays(r.id % 2)));
        if (daily) {
            t().append("https://news.example.org/").append(r.day.getYear()).append('/').append(r.story).append(".html");
        }
    }

    private void gdeltActor(Country c, String sector) {
        t().append(actorCode(c, sector));
        t().append(c == null ? (sector == null ? "" : sectorName(sector).toUpperCase(Locale.ROOT))
                : c.name().toUpperCase(Locale.ROOT));
        t().append(c == null ? "" : c.cameo());
        b.append("\t\t\t\t");
        t().append(sector == null ? "" : sector);
        b.append("\t\t");
    }

    private void geo(Country c, SynthRow r, boolean v2) {
        if (c == null) {
            t().append(0).append(v2 ? "\t\t\t\t\t\t\t" : "\t\t\t\t\t\t");
            return;
        }
        boolean provinces = r.adm1 != null && c.cameo().equals("IRN");
        t().append(provinces ? 4 : 1);
        t().append(provinces ? "Tabriz, East Azarbaijan, Iran" : c.name());
        t().append(c.fips());
        t().append(provinces ? r.adm1 : c.fips());
        if (v2) {
            t();
        }
        t().append(provinces ? "38.08" : "32");
        t().append(provinces ? "46.2919" : "53");
        t().append(provinces ? "-3083825" : c.fips());
    }

    // ---------------------------------------------------------------- ICEWS

    private void icews(SynthRow r) {
        b.append(r.id).append('\t').append(r.day);
        icewsActor(r.source, r.sourceSector);
        t().append(r.code.icewsName());
        t().append(r.code.code().code());
        t().append(number(r.code.goldsteinIcews()));
        icewsActor(r.target, r.targetSector);
        t().append(r.story);
        t().append(1 + r.story % 9);
        t().append(PUBLISHERS[r.story % PUBLISHERS.length]);
        Country p = r.place;
        t().append(p.capital().isEmpty() ? "NA" : p.capital());
        t().append("NA");
        t().append("NA");
        t().append(p.name());
        t().append("40.1");
        t().append("49.9");
    }

    private void icewsActor(Country c, String sector) {
        String sectors = sector == null ? "NA" : sectorName(sector) + ",Government";
        t().append(c == null ? "Unidentified Gunmen" : sector == null ? c.name() : sectorName(sector) + " (" + c.name()
                + ")");
        t().append(c == null ? "Unidentified Forces" : sectors);
        t().append(c == null ? "NA" : c.name());
    }

    private static String sectorName(String sector) {
        switch (sector) {
            case "GOV": return "Government";
            case "MIL": return "Military";
            case "LEG": return "Legislative / Parliamentary";
            case "OPP": return "Dissident";
            case "BUS": return "Business";
            case "MED": return "Media";
            case "CVL": return "General Population / Civilian / Social";
            case "COP": return "Police";
            case "JUD": return "Judicial";
            default: return "Muslim";
        }
    }

    // ---------------------------------------------------------------- POLECAT

    private void polecat(SynthRow r) {
        CameoEventType c = r.code;
        String type = c.ploverEvent() == null || c.ploverEvent().equals("NONE") ? "CONSULT" : c.ploverEvent();
        b.append(r.day.toString().replace("-", "")).append('-').append(r.id);
        t().append(r.day);
        t().append(type.toLowerCase(Locale.ROOT));
        t().append(c.ploverMode() == null || c.ploverMode().isEmpty() ? "None" : c.ploverMode());
        t().append(number(c.goldsteinGdelt()));
        t().append(c.quadClass().label().toUpperCase(Locale.ROOT));
        t().append("diplomatic");
        polecatActor(r.source, r.sourceSector, r.id);
        polecatActor(r.target, r.targetSector, r.id + 1);
        Country p = r.place;
        t().append(p.capital());
        t().append(p.capital());
        t().append("None");
        t().append(p.capital());
        t().append(p.iso3());
        t().append("40.4");
        t().append("49.9");
        t().append(587084 + r.story % 1000);
        t().append(p.capital());
        t().append("PPLC");
        t().append("story-").append(r.story);
        t().append(r.day);
        b.append("\t\t\t\ten\t1.0\t\t");
    }

    private void polecatActor(Country c, String sector, long id) {
        String title = TITLES[Math.floorMod((c == null ? 0 : c.cameo().hashCode()) + String.valueOf(sector).hashCode(),
                TITLES.length)];
        t().append(c == null ? "Unidentified Gunmen" : title.equals("None") ? c.name() : c.name() + " " + title);
        t().append(c == null ? "None" : c.iso3());
        t().append(c == null || c.cow() == null ? "None" : c.cow().toString());
        t().append(sector == null ? "None" : sectorName(sector));
        t().append(sector == null ? "None" : sectorName(sector));
        t().append(c == null ? "None" : title);
        t().append(c == null ? "gunmen" : c.name());
        t().append('Q').append(id % 100000);
    }

    // ---------------------------------------------------------------- Phoenix

    private void phoenix(SynthRow r) {
        String ymd = ymd(r.day);
        b.append(r.id).append("_1\t").append(ymd).append('\t').append(r.day.getYear()).append('\t')
                .append(r.day.getMonthValue()).append('\t').append(r.day.getDayOfMonth());
        phoenixActor(r.source, r.sourceSector == null ? "GOV" : r.sourceSector);
        phoenixActor(r.target, r.targetSector);
        CameoEventType c = r.code;
        t().append(c.code().code());
        t().append(c.root());
        int root = Integer.parseInt(c.root());
        t().append(root <= 2 ? 0 : c.quadClass().number());
        t().append(number(c.goldsteinGdelt()));
        t();
        t().append("40.1");
        t().append("49.9");
        t().append(r.place.capital());
        t().append(r.place.name());
        t().append(r.place.iso3());
        t().append(Long.toHexString(r.story * 31L)).append(';').append(Long.toHexString(r.story * 37L));
        t().append("https://news.example.org/").append(r.story).append(";https://wire.example.org/").append(r.story);
        t().append(PUBLISHERS[r.story % PUBLISHERS.length]);
    }

    private void phoenixActor(Country c, String sector) {
        String root = c == null ? "---" : c.cameo();
        String s = sector == null ? "" : sector;
        t().append(root).append(s);
        t().append(root);
        t().append(s);
        t();
    }

    // ---------------------------------------------------------------- CSV

    private void csv(SynthRow r) {
        b.append(r.id).append(',').append(r.day).append(',').append(actorCode(r.source, r.sourceSector)).append(',')
                .append(actorCode(r.target, r.targetSector)).append(',')
                .append(r.source == null ? "" : r.source.cameo()).append(',')
                .append(r.target == null ? "" : r.target.cameo()).append(',')
                .append(r.source == null ? "" : quoted(r.source.name())).append(',')
                .append(r.target == null ? "" : quoted(r.target.name())).append(',')
                .append(r.code.code().code()).append(',').append(r.code.quadClass().number()).append(',')
                .append(number(r.code.goldsteinGdelt())).append(',')
                .append(quoted(r.place.capital() + ", " + r.place.name())).append(',')
                .append("https://news.example.org/").append(r.story);
    }

    private static String quoted(String s) {
        return s.indexOf(',') < 0 && s.indexOf('"') < 0 ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}

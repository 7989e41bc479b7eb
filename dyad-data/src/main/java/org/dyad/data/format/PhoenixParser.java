package org.dyad.data.format;

import org.dyad.data.io.Fields;
import org.dyad.model.ActorCode;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.Origin;
import org.dyad.model.Provenance;
import org.dyad.model.QuadClass;
import org.dyad.model.ontology.GoldsteinScale;

/**
 * Phoenix events in either of their two layouts, told apart by the header or the column count:
 * OEDA daily files (26 columns, no header, {@code Date} as YYYYMMDD, URLs) and the Cline Center
 * Historical Phoenix (25 columns, {@code story_date} as MM/DD/YYYY, article id). Both put actor
 * codes, event code, quad class and Goldstein weight in the same places (schemas in
 * {@code datasets/schemas}).
 *
 * <p>Phoenix numbers quad classes 0 to 4, 0 being the neutral statements (CAMEO 01, 02) that
 * GDELT counts as verbal cooperation; 0 is read as 1, and 1 to 4 mean what GDELT's do. A
 * PETRARCH placeholder root ({@code ---GOV}: a government of unknown country) keeps the agent
 * ({@code GOV}) and no country.
 */
final class PhoenixParser extends RowParser {
    private static final String PREFIX = Origin.PHOENIX.id() + ":";
    private int id;
    private int date;
    private int source;
    private int sourceRoot;
    private int target;
    private int targetRoot;
    private int code;
    private int quad;
    private int goldstein;
    private int[] place;
    private int doc;
    private boolean urls;
    private int width;

    /** Set from the first line: Cline files are also distributed as quoted CSV. */
    private QuotedSplitter csv;
    private boolean delimiterKnown;

    PhoenixParser(Normalizer norm) {
        super(norm);
    }

    @Override
    public Fields split(Fields fields, byte[] buf, int start, int end) {
        if (!delimiterKnown) {
            delimiterKnown = true;
            byte d = QuotedSplitter.guess(buf, start, end);
            csv = d == '\t' ? null : new QuotedSplitter(d);
        }
        return csv == null ? fields.reset(buf, start, end) : csv.split(buf, start, end);
    }

    @Override
    public boolean continues(byte[] buf, int start, int end) {
        return csv != null && csv.unclosed(buf, start, end);
    }

    @Override
    public EventFormat format() {
        return EventFormat.PHOENIX;
    }

    @Override
    public FirstLine firstLine(Fields f) throws BadRowException {
        f.locate(1);
        String first = f.trimmed(0);
        String k = first == null ? "" : FormatDetector.key(first);
        boolean header = k.equals("eventid") || k.equals("eid");
        Fields h = header ? f : Headers.fields(f.count() == 25 ? Headers.PHOENIX_CLINE : Headers.PHOENIX_OEDA);
        Columns c = new Columns(h);
        id = c.require("Phoenix", "EventID", "eid");
        date = c.require("Phoenix", "Date", "story_date");
        source = c.require("Phoenix", "SourceActorFull", "source");
        sourceRoot = c.find("SourceActorEntity", "source_root");
        target = c.require("Phoenix", "TargetActorFull", "target");
        targetRoot = c.find("TargetActorEntity", "target_root");
        code = c.require("Phoenix", "EventCode", "code");
        quad = c.find("QuadClass", "quad_class");
        goldstein = c.find("GoldsteinScore", "goldstein");
        place = new int[] {c.find("LocationName", "placename"), c.find("StateName", "statename"),
            c.find("CountryCode", "countryname")};
        int u = c.find("URLs");
        urls = u >= 0;
        doc = urls ? u : c.find("aid");
        width = c.count();
        return header ? FirstLine.HEADER : FirstLine.DATA;
    }

    @Override
    public boolean mayPass(Fields f, RowFilter filter) throws BadRowException {
        if (filter.isNone()) {
            return true;
        }
        check(f);
        return !filter.filtersPair() || filter.pair(country(f, sourceRoot, source), country(f, targetRoot, target));
    }

    private void check(Fields f) throws BadRowException {
        if (f.count() < width) {
            throw new BadRowException(fieldCountReason(f, "expected " + width + " tab-separated fields (Phoenix)"));
        }
    }

    /** The actor's country: its root field when that is a country, else its code's first three letters. */
    private String country(Fields f, int root, int full) {
        String r = root >= 0 ? f.trimmed(root) : null;
        if (r == null) {
            String a = f.trimmed(full);
            r = a != null && a.length() >= 3 ? a.substring(0, 3) : null;
        }
        return r == null || r.startsWith("-") ? null : norm.ontology().countries().byCameo(r).map(x -> x.cameo())
                .orElse(null);
    }

    @Override
    public Event parse(Fields f) throws BadRowException {
        check(f);
        String ref = f.trimmed(id);
        if (ref == null) {
            throw new BadRowException("no event id");
        }
        CameoCode c = norm.code(f.trimmed(code), "EventCode");
        if (c == null) {
            throw new BadRowException("no EventCode");
        }
        Event.Builder b = Event.builder().id(PREFIX + ref).origin(Origin.PHOENIX).originRef(ref)
                .date(norm.anyDay(f, date, "Date")).code(c)
                .source(actor(f.trimmed(source), "source")).target(actor(f.trimmed(target), "target"))
                .sourceCountry(country(f, sourceRoot, source)).targetCountry(country(f, targetRoot, target))
                .goldstein(goldstein < 0 ? null : norm.goldstein(f, goldstein, "GoldsteinScore"));
        if (quad >= 0 && !f.isEmpty(quad)) {
            long q = f.unsigned(quad);
            if (q < 0 || q > 4) {
                throw new BadRowException("QuadClass '" + Normalizer.text(f, quad) + "' is not 0 to 4");
            }
            // Phoenix 0 = neutral statements, which the CAMEO quad classes count as verbal cooperation
            b.quadClass(QuadClass.of(q == 0 ? 1 : (int) q));
        }
        b.location(place(f));
        if (doc >= 0 && !f.isEmpty(doc)) {
            String d = f.trimmed(doc);
            if (urls && d != null && d.indexOf(';') > 0) {
                d = d.substring(0, d.indexOf(';'));
            }
            b.provenance(new Provenance(d, null, null, null, null));
        }
        return norm.finish(b, GoldsteinScale.GDELT);
    }

    private ActorCode actor(String s, String column) throws BadRowException {
        if (s == null) {
            return null;
        }
        String c = s;
        while (c.startsWith("---")) {
            c = c.substring(3);
        }
        return c.isEmpty() ? null : norm.actor(c, column);
    }

    private String place(Fields f) {
        StringBuilder s = new StringBuilder();
        for (int i : place) {
            String v = i >= 0 ? f.trimmed(i) : null;
            if (v != null) {
                s.append(s.length() > 0 ? ", " : "").append(v);
            }
        }
        return s.length() == 0 ? null : s.toString();
    }
}

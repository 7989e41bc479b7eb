package org.dyad.data.format;

import java.util.Set;
import org.dyad.data.io.Fields;
import org.dyad.model.ActorCode;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.FuzzyDate;
import org.dyad.model.Origin;
import org.dyad.model.Provenance;
import org.dyad.model.QuadClass;
import org.dyad.model.ontology.GoldsteinScale;

/**
 * GDELT event rows: 1.0 (57 columns in the historical backfile, 58 in daily files, which add
 * SOURCEURL) and 2.0 (61 columns: an ADM2 code after each ADM1 code). Tab-separated, unquoted, no
 * header. Column numbers are from the codebook headers in {@code datasets/schemas}.
 *
 * <p>Event = GLOBALEVENTID (id {@code gdelt1:<id>}), SQLDATE (day), Actor1/2Code and CountryCode,
 * EventCode, QuadClass, GoldsteinScale, ActionGeo_FullName as location, SOURCEURL as the document;
 * NumMentions, NumSources and NumArticles become quantities {@code mentions}, {@code sources},
 * {@code articles}.
 */
final class GdeltParser extends RowParser {
    private static final Set<String> IRANIAN_AZERBAIJAN_ADM1 = Set.of("IR01", "IR02", "IR32", "IR33");
    private static final int ID = 0;
    private static final int DATE = 1;
    private static final int A1_CODE = 5;
    private static final int A1_NAME = 6;
    private static final int A1_COUNTRY = 7;
    private static final int A2_CODE = 15;
    private static final int A2_NAME = 16;
    private static final int A2_COUNTRY = 17;
    private static final int EVENT_CODE = 26;
    private static final int QUAD = 29;
    private static final int GOLDSTEIN = 30;
    private static final int MENTIONS = 31;
    private static final int SOURCES = 32;
    private static final int ARTICLES = 33;

    private final boolean v2;
    private final String prefix;
    private final int a1Adm1;
    private final int a2Adm1;
    private final int actionName;
    private final int actionAdm1;
    private final int url;

    GdeltParser(Normalizer norm, boolean v2) {
        super(norm);
        this.v2 = v2;
        this.prefix = (v2 ? Origin.GDELT2 : Origin.GDELT1).id() + ":";
        // 2.0 adds an ADM2 code after each geography's ADM1 code
        this.a1Adm1 = 38;
        this.a2Adm1 = v2 ? 46 : 45;
        this.actionName = v2 ? 52 : 50;
        this.actionAdm1 = v2 ? 54 : 52;
        this.url = v2 ? 60 : 57;
    }

    @Override
    public EventFormat format() {
        return v2 ? EventFormat.GDELT2 : EventFormat.GDELT1;
    }

    private String expected() {
        return v2 ? "expected 61 tab-separated fields (GDELT 2.0 events)"
                : "expected 57 or 58 tab-separated fields (GDELT 1.0 events)";
    }

    @Override
    public FirstLine firstLine(Fields f) throws BadRowException {
        f.locate(1);
        String first = f.trimmed(0);
        if (first != null && first.equalsIgnoreCase("GLOBALEVENTID")) {
            throw new BadRowException("a header row, but GDELT event files have none; skipped");
        }
        return FirstLine.DATA;
    }

    @Override
    public boolean mayPass(Fields f, RowFilter filter) throws BadRowException {
        if (filter.isNone()) {
            return true;
        }
        if (f.locate(A2_COUNTRY + 1) <= A2_COUNTRY) {
            throw new BadRowException(fieldCountReason(f, expected()));
        }
        if (!filter.pairBytes(f.buffer(), f.start(A1_COUNTRY), f.end(A1_COUNTRY), f.start(A2_COUNTRY),
                f.end(A2_COUNTRY))) {
            return false;
        }
        return filter.mayFallIn(f.unsigned(DATE));
    }

    @Override
    public Event parse(Fields f) throws BadRowException {
        int n = f.count();
        if (v2 ? n != 61 : (n != 57 && n != 58)) {
            throw new BadRowException(fieldCountReason(f, expected()));
        }
        if (f.unsigned(ID) < 0) {
            throw new BadRowException("GLOBALEVENTID '" + Normalizer.text(f, ID) + "' is not a number");
        }
        String ref = f.string(ID);
        FuzzyDate date = norm.dayYmd(f, DATE, "SQLDATE");
        CameoCode code = norm.code(f, EVENT_CODE, "EventCode");
        if (code == null) {
            throw new BadRowException("no EventCode");
        }
        String sourceCountry = norm.countryCode(f, A1_COUNTRY, "Actor1CountryCode");
        String targetCountry = norm.countryCode(f, A2_COUNTRY, "Actor2CountryCode");
        ActorCode source = norm.actor(f, A1_CODE, "Actor1Code");
        ActorCode target = norm.actor(f, A2_CODE, "Actor2Code");
        Event.Builder b = Event.builder().id(prefix + ref).origin(format().origin()).originRef(ref).date(date)
                .source(source).target(target).sourceCountry(sourceCountry).targetCountry(targetCountry)
                .sourceName(f.string(A1_NAME)).targetName(f.string(A2_NAME)).code(code)
                .goldstein(norm.goldstein(f, GOLDSTEIN, "GoldsteinScale"));
        if (!f.isEmpty(QUAD)) {
            long q = f.unsigned(QUAD);
            if (q < 1 || q > 4) {
                throw new BadRowException("QuadClass '" + Normalizer.text(f, QUAD) + "' is not 1, 2, 3 or 4");
            }
            b.quadClass(QuadClass.of((int) q));
        }
        quantity(b, f, MENTIONS, "mentions");
        quantity(b, f, SOURCES, "sources");
        quantity(b, f, ARTICLES, "articles");
        b.location(f.string(actionName));
        if (n > url && !f.isEmpty(url)) {
            b.provenance(new Provenance(f.string(url), null, null, null, null));
        }
        // before independence "AZE" placed in Iran's Azerbaijani provinces most likely means them
        if (("AZE".equals(sourceCountry) || "AZE".equals(targetCountry)) && norm.anachronistic("AZE", date)
                && inIranianAzerbaijan(f)) {
            b.flag(Normalizer.IRANIAN_AZERBAIJAN);
        }
        return norm.finish(b, GoldsteinScale.GDELT);
    }

    private boolean inIranianAzerbaijan(Fields f) {
        for (int i : new int[] {a1Adm1, a2Adm1, actionAdm1}) {
            String adm1 = f.string(i);
            if (adm1 != null && IRANIAN_AZERBAIJAN_ADM1.contains(adm1)) {
                return true;
            }
        }
        return false;
    }

    private static void quantity(Event.Builder b, Fields f, int i, String name) {
        long v = f.unsigned(i);
        if (v >= 0) {
            b.quantity(name, v);
        }
    }
}

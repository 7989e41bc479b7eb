package org.dyad.data.format;

import java.util.Locale;
import org.dyad.data.io.Fields;
import org.dyad.model.ActorCode;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.InvalidValueException;
import org.dyad.model.Origin;
import org.dyad.model.Provenance;
import org.dyad.model.QuadClass;
import org.dyad.model.ontology.GoldsteinScale;

/**
 * POLECAT events (PLOVER-coded, Dataverse {@code ngecEvents*.txt}): tab-separated with a header
 * whose names drift between releases ({@code Intensity} or {@code Event Intensity}; extra
 * {@code Headline}, {@code Story ID} columns), trailing tabs, {@code None} for missing values,
 * several countries joined by {@code ;}.
 *
 * <p>Countries are ISO alpha-3, turned into CAMEO codes (the first of a list; a list of several
 * is flagged {@value #SEVERAL_COUNTRIES}); the actor code is the country plus a CAMEO agent from
 * the primary sector. The event code comes from the PLOVER type through {@link PloverMapping}
 * (flagged), the quad class from POLECAT's own {@code Quad Code} (PLOVER's manual disagrees with
 * itself on SANCTION, so it is not recomputed), the Goldstein weight from the mapped CAMEO code;
 * PLOVER's intensity is kept as the quantity {@code plover_intensity}.
 */
final class PolecatParser extends RowParser {
    static final String SEVERAL_COUNTRIES = "several-countries";
    private static final String PREFIX = Origin.POLECAT.id() + ":";
    private final Sectors sectors = new Sectors();
    private final PloverMapping plover;
    private int id;
    private int date;
    private int type;
    private int mode;
    private int intensity;
    private int quad;
    private int contexts;
    private int[] actor;
    private int[] recipient;
    private int placename;
    private int[] place;
    private int source;

    PolecatParser(Normalizer norm) {
        super(norm);
        this.plover = new PloverMapping(norm.ontology());
    }

    @Override
    public EventFormat format() {
        return EventFormat.POLECAT;
    }

    @Override
    public FirstLine firstLine(Fields f) throws BadRowException {
        f.locate(1);
        String first = f.trimmed(0);
        if (first == null || !FormatDetector.key(first).equals("eventid")) {
            throw new BadRowException("POLECAT files start with a header row (Event ID, Event Date, Event Type,"
                    + " ...); this one does not");
        }
        Columns c = new Columns(f);
        id = c.require("POLECAT", "Event ID");
        date = c.require("POLECAT", "Event Date");
        type = c.require("POLECAT", "Event Type");
        mode = c.find("Event Mode");
        intensity = c.find("Intensity", "Event Intensity");
        quad = c.find("Quad Code");
        contexts = c.find("Contexts");
        actor = new int[] {c.find("Actor Name"), c.find("Actor Country"), c.find("Primary Actor Sector", "Actor Sectors"),
            c.find("Actor Title")};
        recipient = new int[] {c.find("Recipient Name"), c.find("Recipient Country"),
            c.find("Primary Recipient Sector", "Recipient Sectors"), c.find("Recipient Title")};
        placename = c.find("Placename");
        place = new int[] {c.find("City"), c.find("Province"), c.find("Country")};
        source = c.find("Source", "Story ID");
        return FirstLine.HEADER;
    }

    /** The field as text; {@code None}, blanks and absent columns are null. */
    private static String value(Fields f, int i) {
        if (i < 0 || i >= f.count()) {
            return null;
        }
        String s = f.trimmed(i);
        return s == null || s.equalsIgnoreCase("None") || s.equals("NA") ? null : s;
    }

    @Override
    public boolean mayPass(Fields f, RowFilter filter) {
        return filter.isNone() || !filter.filtersPair()
                || filter.pair(country(value(f, actor[1])), country(value(f, recipient[1])));
    }

    private String country(String list) {
        if (list == null) {
            return null;
        }
        int semi = list.indexOf(';');
        return norm.countryByIso3((semi < 0 ? list : list.substring(0, semi)).trim());
    }

    @Override
    public Event parse(Fields f) throws BadRowException {
        String ref = value(f, id);
        if (ref == null) {
            throw new BadRowException("no Event ID");
        }
        String ploverType = value(f, type);
        if (ploverType == null) {
            throw new BadRowException("no Event Type");
        }
        String ploverMode = value(f, mode);
        CameoCode code = plover.code(ploverType, ploverMode);
        if (code == null) {
            throw new BadRowException("Event Type '" + ploverType + "' is not a PLOVER event type");
        }
        Event.Builder b = Event.builder().id(PREFIX + ref).origin(Origin.POLECAT).originRef(ref)
                .date(norm.anyDay(f, date, "Event Date")).code(code).flag(PloverMapping.FLAG);
        String q = value(f, quad);
        if (q != null) {
            try {
                b.quadClass(QuadClass.parse(q));
            } catch (InvalidValueException e) {
                throw new BadRowException("Quad Code '" + q + "' is not a quad class");
            }
        }
        String score = value(f, intensity);
        if (score != null) {
            Double v = norm.goldstein(score, "Intensity");
            b.quantity("plover_intensity", v);
        }
        side(b, f, actor, true);
        side(b, f, recipient, false);
        StringBuilder summary = new StringBuilder("PLOVER ").append(ploverType.toUpperCase(Locale.ROOT));
        if (ploverMode != null) {
            summary.append('/').append(ploverMode);
        }
        String ctx = value(f, contexts);
        if (ctx != null) {
            summary.append(" (").append(ctx).append(')');
        }
        b.summary(summary.toString());
        String where = value(f, placename);
        b.location(where != null ? where : join(f, place));
        String src = value(f, source);
        if (src != null) {
            b.provenance(new Provenance(src, null, null, null, null));
        }
        return norm.finish(b, GoldsteinScale.GDELT);
    }

    private void side(Event.Builder b, Fields f, int[] cols, boolean isSource) throws BadRowException {
        String list = value(f, cols[1]);
        String country = country(list);
        if (list != null && list.indexOf(';') > 0) {
            b.flag(SEVERAL_COUNTRIES);
        }
        String agent = sectors.agent(value(f, cols[2]));
        ActorCode a = country == null ? ("IGO".equals(agent) ? norm.actor("IGO", "Sector") : null)
                : norm.actor(agent == null ? country : country + agent, isSource ? "Actor" : "Recipient");
        String name = value(f, cols[0]);
        String title = value(f, cols[3]);
        if (isSource) {
            b.source(a).sourceCountry(country).sourceName(name).sourceRole(title);
        } else {
            b.target(a).targetCountry(country).targetName(name).targetRole(title);
        }
    }

    private static String join(Fields f, int[] cols) {
        StringBuilder s = new StringBuilder();
        for (int i : cols) {
            String v = value(f, i);
            if (v != null) {
                s.append(s.length() > 0 ? ", " : "").append(v);
            }
        }
        return s.length() == 0 ? null : s.toString();
    }
}

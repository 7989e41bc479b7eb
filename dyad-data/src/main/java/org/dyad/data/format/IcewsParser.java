package org.dyad.data.format;

import org.dyad.data.io.Fields;
import org.dyad.model.ActorCode;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.FuzzyDate;
import org.dyad.model.Origin;
import org.dyad.model.Provenance;
import org.dyad.model.ontology.GoldsteinScale;

/**
 * ICEWS coded events as distributed on Dataverse ({@code events.YYYY.*.tab}): tab-separated,
 * unquoted (a quote is just a character: the reader that honoured quotes lost part of 2007), a
 * header, {@code NA} for missing values. Quirks handled: {@code M/D/YYYY} dates (the 2017 file),
 * a file without the {@code CAMEO Code} column (the code is then looked up from {@code Event Text},
 * the CAMEO event name), the icews R package's snake_case names, and a file without its header
 * (the 20 standard columns are assumed).
 *
 * <p>Countries are names ("Iran", "Russian Federation"), turned into CAMEO codes; the actor code
 * is the country plus a CAMEO agent from the actor's sectors ({@code AZEGOV} for "Foreign
 * Ministry, Government"). Intensity is ICEWS's Goldstein weight; quad class comes from the code.
 * An unknown country name keeps the row, without a country, flagged {@value #UNKNOWN_COUNTRY}.
 */
final class IcewsParser extends RowParser {
    static final String UNKNOWN_COUNTRY = "unknown-country";
    private static final String PREFIX = Origin.ICEWS.id() + ":";
    private final Sectors sectors = new Sectors();
    private final EventNames eventNames;
    private int id;
    private int date;
    private int sourceName;
    private int sourceSectors;
    private int sourceCountry;
    private int eventText;
    private int code;
    private int intensity;
    private int targetName;
    private int targetSectors;
    private int targetCountry;
    private int story;
    private int publisher;
    private int[] place;
    private int width;

    IcewsParser(Normalizer norm) {
        super(norm);
        this.eventNames = new EventNames(norm.ontology());
    }

    @Override
    public EventFormat format() {
        return EventFormat.ICEWS;
    }

    @Override
    public FirstLine firstLine(Fields f) throws BadRowException {
        f.locate(1);
        String first = f.trimmed(0);
        boolean header = first != null && FormatDetector.key(first).equals("eventid");
        Fields h = header ? f : Headers.fields(Headers.ICEWS);
        Columns c = new Columns(h);
        id = c.require("ICEWS", "Event ID");
        date = c.require("ICEWS", "Event Date");
        sourceCountry = c.require("ICEWS", "Source Country");
        targetCountry = c.require("ICEWS", "Target Country");
        code = c.find("CAMEO Code");
        eventText = c.find("Event Text");
        if (code < 0 && eventText < 0) {
            throw new BadRowException("the header has neither 'CAMEO Code' nor 'Event Text': not an ICEWS file");
        }
        sourceName = c.find("Source Name");
        sourceSectors = c.find("Source Sectors");
        intensity = c.find("Intensity");
        targetName = c.find("Target Name");
        targetSectors = c.find("Target Sectors");
        story = c.find("Story ID");
        publisher = c.find("Publisher");
        place = new int[] {c.find("City"), c.find("District"), c.find("Province"), c.find("Country")};
        width = c.count();
        return header ? FirstLine.HEADER : FirstLine.DATA;
    }

    /** The field as text; {@code NA}, blanks and columns the file lacks are null. */
    private static String value(Fields f, int i) {
        if (i < 0 || i >= f.count()) {
            return null;
        }
        String s = f.trimmed(i);
        return s == null || s.equals("NA") ? null : s;
    }

    @Override
    public boolean mayPass(Fields f, RowFilter filter) throws BadRowException {
        if (filter.isNone()) {
            return true;
        }
        checkWidth(f);
        if (filter.filtersPair() && !filter.pair(norm.countryByName(value(f, sourceCountry)),
                norm.countryByName(value(f, targetCountry)))) {
            return false;
        }
        return true;
    }

    private void checkWidth(Fields f) throws BadRowException {
        int n = f.count();
        if (n < width) {
            throw new BadRowException(fieldCountReason(f, "expected " + width
                    + " tab-separated fields as in the header"));
        }
    }

    @Override
    public Event parse(Fields f) throws BadRowException {
        checkWidth(f);
        String ref = value(f, id);
        if (ref == null) {
            throw new BadRowException("no Event ID");
        }
        FuzzyDate day = norm.anyDay(f, date, "Event Date");
        CameoCode c = code >= 0 ? norm.code(value(f, code), "CAMEO Code") : null;
        if (c == null) {
            String text = value(f, eventText);
            if (text == null) {
                throw new BadRowException("neither a CAMEO Code nor an Event Text");
            }
            c = eventNames.code(text);
            if (c == null) {
                throw new BadRowException("Event Text '" + text + "' is not a CAMEO event name and the row has no"
                        + " CAMEO Code");
            }
        }
        Event.Builder b = Event.builder().id(PREFIX + ref).origin(Origin.ICEWS).originRef(ref).date(day).code(c)
                .goldstein(intensity < 0 ? null : norm.goldstein(value(f, intensity), "Intensity"));
        side(b, f, true);
        side(b, f, false);
        b.location(place(f));
        String storyId = value(f, story);
        String pub = value(f, publisher);
        if (storyId != null || pub != null) {
            b.provenance(new Provenance(storyId, null, null, null, pub));
        }
        return norm.finish(b, GoldsteinScale.ICEWS);
    }

    private void side(Event.Builder b, Fields f, boolean source) throws BadRowException {
        String countryName = value(f, source ? sourceCountry : targetCountry);
        String country = norm.countryByName(countryName);
        String agent = sectors.agent(value(f, source ? sourceSectors : targetSectors));
        ActorCode actor = null;
        if (country != null) {
            actor = norm.actor(agent == null ? country : country + agent, source ? "Source" : "Target");
        } else if ("IGO".equals(agent)) {
            actor = norm.actor("IGO", source ? "Source" : "Target");
        }
        if (countryName != null && country == null) {
            b.flag(UNKNOWN_COUNTRY);
        }
        String name = value(f, source ? sourceName : targetName);
        if (source) {
            b.source(actor).sourceCountry(country).sourceName(name);
        } else {
            b.target(actor).targetCountry(country).targetName(name);
        }
    }

    private String place(Fields f) {
        StringBuilder s = new StringBuilder();
        String last = null;
        for (int i : place) {
            String v = value(f, i);
            if (v != null && !v.equals(last)) {
                if (s.length() > 0) {
                    s.append(", ");
                }
                s.append(v);
                last = v;
            }
        }
        return s.length() == 0 ? null : s.toString();
    }
}

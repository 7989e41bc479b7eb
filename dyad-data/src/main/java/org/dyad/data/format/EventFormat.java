package org.dyad.data.format;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dyad.model.InvalidValueException;
import org.dyad.model.Origin;

/** The event-data formats Dyad reads, by the names users type. */
public enum EventFormat {
    GDELT1(Origin.GDELT1, "GDELT 1.0 events: 57 tab-separated columns (historical files to March 2013) or 58"
            + " (daily files, with SOURCEURL); no header"),
    GDELT2(Origin.GDELT2, "GDELT 2.0 events: 61 tab-separated columns, no header (YYYYMMDDHHMMSS.export.CSV)"),
    ICEWS(Origin.ICEWS, "ICEWS coded events from Dataverse (.tab): tab-separated with a header, country names,"
            + " NA for missing values, dates YYYY-MM-DD or M/D/YYYY"),
    POLECAT(Origin.POLECAT, "POLECAT (PLOVER-coded) events: tab-separated with a header"),
    PHOENIX(Origin.PHOENIX, "Phoenix events: OEDA daily files (26 columns, no header) or Cline Center"
            + " historical files (25 columns)"),
    CSV(Origin.CSV, "any delimited file with a header, read through a column mapping (--map)");

    private final Origin origin;
    private final String description;

    EventFormat(Origin origin, String description) {
        this.origin = origin;
        this.description = description;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Origin origin() {
        return origin;
    }

    public String description() {
        return description;
    }

    /**
     * A reader for this format.
     *
     * @param mapping the column mapping, for {@code csv} (null: columns named as in the event format)
     */
    public RowParser parser(Normalizer norm, String mapping) {
        switch (this) {
            case GDELT1:
                return new GdeltParser(norm, false);
            case GDELT2:
                return new GdeltParser(norm, true);
            case ICEWS:
                return new IcewsParser(norm);
            case POLECAT:
                return new PolecatParser(norm);
            case PHOENIX:
                return new PhoenixParser(norm);
            default:
                return new CsvParser(norm, mapping);
        }
    }

    /** The format named, or null for {@code auto}; an unknown name is an error listing the known ones. */
    public static EventFormat parseOrAuto(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("auto")) {
            return null;
        }
        for (EventFormat f : values()) {
            if (f.id().equals(n)) {
                return f;
            }
        }
        throw new InvalidValueException("unknown format '" + name + "': expected auto, "
                + Arrays.stream(values()).map(EventFormat::id).collect(Collectors.joining(", ")));
    }
}

package org.dyad.analysis.series;

/** The columns of a series built from the store, with what each holds. */
public final class Measure {
    public static final String EVENTS = "events";
    public static final String VERBAL_COOPERATION = "verbal_cooperation";
    public static final String MATERIAL_COOPERATION = "material_cooperation";
    public static final String VERBAL_CONFLICT = "verbal_conflict";
    public static final String MATERIAL_CONFLICT = "material_conflict";
    public static final String GOLDSTEIN_SUM = "goldstein_sum";
    public static final String GOLDSTEIN_MEAN = "goldstein_mean";
    public static final String NET_COOPERATION = "net_cooperation";
    public static final String SPANNING = "spanning";
    public static final String VOLUME = "volume";
    /** Suffix of the normalised columns: value per 1,000 events of either country. */
    public static final String PER_1000 = "_per_1000";

    static final String[] QUADS = {VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT};

    private Measure() {
    }

    /** {@code root04} for CAMEO root 04. */
    public static String root(int root) {
        return String.format("root%02d", root);
    }

    /** One line per column, separated by {@code %n} (picocli's line break; replace it elsewhere). */
    public static final String DESCRIPTION = "events: number of events in the period (shares of events under --dates spread)"
            + "%n" + "verbal_cooperation, material_cooperation, verbal_conflict, material_conflict: events by CAMEO quad class"
            + "%n" + "root01 .. root20: events by CAMEO root (04 consult, 05 diplomatic cooperation, 19 fight, ...)"
            + "%n" + "goldstein_sum: sum of Goldstein weights (-10 conflict .. +10 cooperation)"
            + "%n" + "goldstein_mean: goldstein_sum / events with a weight; 0 in periods without events"
            + "%n" + "net_cooperation: cooperative minus conflictual events (quad 1+2 minus 3+4)"
            + "%n" + "spanning: the part of 'events' from events whose date spans more than one period"
            + "%n" + "volume (with --normalise): events involving either country with anyone, same origins"
            + "%n" + "*_per_1000 (with --normalise): events, quad classes, goldstein_sum and net_cooperation per 1,000 of volume";
}

package org.dyad.data.format;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.CameoCode;
import org.dyad.model.ontology.CameoEventType;
import org.dyad.model.ontology.Ontology;

/**
 * CAMEO codes for PLOVER event types (and modes), so that POLECAT events join CAMEO-coded series.
 *
 * <p>The mapping is CAMEO2PLOVER-2021 (the PLOVER project's CAMEO-to-PLOVER table, carried in the
 * ontology's {@code plover_event} and {@code plover_mode} columns) read backwards: a PLOVER type
 * gets the most general CAMEO code that maps to it (a root where one does: CONSULT → 04,
 * ASSAULT → 18; RETREAT, which no root maps to, → its shortest code), and a type with a mode gets
 * the most general code mapping to that type and mode when there is one (CONSULT/visit → 042).
 * It is many-to-one and loses detail, so events coded this way are flagged {@value #FLAG} and
 * keep their PLOVER type in the summary.
 */
final class PloverMapping {
    static final String FLAG = "plover-mapped";
    private final Map<String, CameoCode> byType = new HashMap<>();
    private final Map<String, CameoCode> byTypeAndMode = new HashMap<>();

    PloverMapping(Ontology ontology) {
        for (CameoEventType t : ontology.cameo().all()) {
            String type = t.ploverEvent();
            if (type == null || type.isEmpty() || type.equals("NONE")) {
                continue;
            }
            keepMostGeneral(byType, type.toUpperCase(Locale.ROOT), t);
            if (t.ploverMode() != null && !t.ploverMode().isEmpty()) {
                keepMostGeneral(byTypeAndMode, key(type, t.ploverMode()), t);
            }
        }
    }

    private static void keepMostGeneral(Map<String, CameoCode> m, String key, CameoEventType t) {
        CameoCode old = m.get(key);
        if (old == null || t.code().code().length() < old.code().length()
                || (t.code().code().length() == old.code().length() && t.code().compareTo(old) < 0)) {
            m.put(key, t.code());
        }
    }

    private static String key(String type, String mode) {
        return type.toUpperCase(Locale.ROOT) + "/" + mode.toLowerCase(Locale.ROOT).replace('_', '-').trim();
    }

    /** The CAMEO code for a PLOVER type and optional mode, or null for an unknown type. */
    CameoCode code(String type, String mode) {
        if (type == null) {
            return null;
        }
        if (mode != null) {
            CameoCode c = byTypeAndMode.get(key(type, mode));
            if (c != null) {
                return c;
            }
        }
        return byType.get(type.trim().toUpperCase(Locale.ROOT));
    }
}

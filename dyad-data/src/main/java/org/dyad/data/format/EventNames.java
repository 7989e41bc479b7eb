package org.dyad.data.format;

import java.util.HashMap;
import java.util.Map;
import org.dyad.model.CameoCode;
import org.dyad.model.ontology.CameoEventType;
import org.dyad.model.ontology.Ontology;

/**
 * CAMEO event codes by their names, as ICEWS writes them in {@code Event Text} ("Make a visit",
 * "Express intent to meet or negotiate") or as the CAMEO codebook does; compared as keys (case,
 * spaces and punctuation ignored).
 */
final class EventNames {
    private final Map<String, CameoCode> byName = new HashMap<>();

    EventNames(Ontology ontology) {
        // ICEWS names first; where a root and its "not specified below" code share a name
        // ("Consult": 04 and 040), the three-digit code is what ICEWS writes
        for (boolean roots : new boolean[] {false, true}) {
            for (CameoEventType t : ontology.cameo().all()) {
                if ((t.level() == 0) == roots && t.icewsName() != null && !t.icewsName().isEmpty()) {
                    byName.putIfAbsent(FormatDetector.key(t.icewsName()), t.code());
                }
            }
        }
        for (CameoEventType t : ontology.cameo().all()) {
            byName.putIfAbsent(FormatDetector.key(t.name()), t.code());
        }
    }

    /** The code named, or null. */
    CameoCode code(String name) {
        return byName.get(FormatDetector.key(name));
    }
}

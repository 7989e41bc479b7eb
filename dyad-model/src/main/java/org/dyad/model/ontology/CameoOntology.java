package org.dyad.model.ontology;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.InvalidValueException;
import org.dyad.model.QuadClass;

/** All CAMEO event codes, loaded once from {@code cameo-events.tsv}. */
public final class CameoOntology {
    private static final String RESOURCE = "/org/dyad/model/ontology/cameo-events.tsv";
    private final Map<String, CameoEventType> byCode;

    private CameoOntology(Map<String, CameoEventType> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    static CameoOntology load() {
        Map<String, CameoEventType> m = new LinkedHashMap<>();
        for (Map<String, String> r : TsvResource.read(RESOURCE)) {
            CameoCode code = CameoCode.of(r.get("code"));
            m.put(code.code(), new CameoEventType(code, Integer.parseInt(r.get("level")),
                    QuadClass.of(Integer.parseInt(r.get("quad_class"))), r.get("name"), r.get("icews_name"),
                    Double.parseDouble(r.get("goldstein_gdelt")), Double.parseDouble(r.get("goldstein_icews")),
                    r.get("goldstein_source"), r.get("plover_event"), r.get("plover_mode"),
                    r.get("plover_context"), r.get("plover_source")));
        }
        return new CameoOntology(m);
    }

    public Optional<CameoEventType> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.trim()));
    }

    /** The type of a code, or a clear error naming the code. */
    public CameoEventType get(String code) {
        CameoEventType t = code == null ? null : byCode.get(code.trim());
        if (t == null) {
            throw new InvalidValueException("unknown CAMEO event code '" + code
                    + "': expected one of the " + byCode.size() + " codes listed by 'dyad codes events'");
        }
        return t;
    }

    public CameoEventType get(CameoCode code) {
        return get(code.code());
    }

    public boolean contains(String code) {
        return code != null && byCode.containsKey(code);
    }

    public Collection<CameoEventType> all() {
        return byCode.values();
    }

    public int size() {
        return byCode.size();
    }

    /**
     * The event with its quad class and Goldstein weight filled from its code where absent
     * (values already present are kept: a dataset's own weight is the dataset's word).
     */
    public Event enrich(Event e, GoldsteinScale scale) {
        if (e.code() == null || (e.quadClass() != null && e.goldstein() != null)) {
            return e;
        }
        CameoEventType t = byCode.get(e.code().code());
        if (t == null) {
            return e;
        }
        Event.Builder b = e.toBuilder();
        if (e.quadClass() == null) {
            b.quadClass(t.quadClass());
        }
        if (e.goldstein() == null) {
            b.goldstein(t.goldstein(scale));
        }
        return b.build();
    }
}

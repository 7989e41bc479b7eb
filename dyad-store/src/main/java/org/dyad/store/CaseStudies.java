package org.dyad.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.FuzzyDate;
import org.dyad.model.InvalidValueException;
import org.dyad.model.Origin;
import org.dyad.model.json.ActorJson;
import org.dyad.model.json.EventJson;
import org.dyad.model.json.Json;
import org.dyad.model.ontology.Country;
import org.dyad.model.ontology.GoldsteinScale;
import org.dyad.model.ontology.Ontology;

/**
 * The curated case studies that ship with Dyad ({@code data/case-studies/} in the source tree,
 * on the classpath under {@code org/dyad/store/case-studies/}): each a chronology of events, the
 * phases its source asserts and an actor dictionary of officials. {@link #ensureLoaded} loads
 * any case study the store does not hold in its current version, replacing an older one.
 */
public final class CaseStudies {
    private static final String BASE = "/org/dyad/store/case-studies/";

    /** One case study from the index. */
    public record CaseStudy(String folder, String countryA, String countryB, String title) {
        public String source() {
            return "case-study:" + folder;
        }
    }

    /** What {@link #ensureLoaded} did for one case study. */
    public record LoadResult(CaseStudy study, boolean loaded, long events, int phases, int actors) {
    }

    private CaseStudies() {
    }

    public static List<CaseStudy> index() {
        String text = resource("index.tsv");
        List<CaseStudy> l = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            l.add(new CaseStudy(f[0], f[1], f[2], f.length > 3 ? f[3] : f[0]));
        }
        return l;
    }

    /** Loads every case study whose content the store does not hold yet. Cheap when all are current. */
    public static List<LoadResult> ensureLoaded(DyadStore store) {
        List<LoadResult> results = new ArrayList<>();
        for (CaseStudy cs : index()) {
            String events = resource(cs.folder() + "/events.jsonl");
            String phases = optionalResource(cs.folder() + "/phases.jsonl");
            String officials = optionalResource(cs.folder() + "/officials.jsonl");
            String sha = sha256(events + "\u0000" + phases + "\u0000" + officials);
            if (store.batches().find(cs.source(), sha).isPresent()) {
                results.add(new LoadResult(cs, false, 0, 0, 0));
                continue;
            }
            results.add(load(store, cs, sha, events, phases, officials));
        }
        return results;
    }

    private static LoadResult load(DyadStore store, CaseStudy cs, String sha, String events, String phases,
                                   String officials) {
        List<Actor> actors = new ArrayList<>();
        int n = 0;
        for (String line : officials.split("\n")) {
            n++;
            if (!line.isBlank()) {
                actors.add(wrap(cs, "officials.jsonl", n, () -> ActorJson.read(line)));
            }
        }
        List<Phase> ps = new ArrayList<>();
        n = 0;
        for (String line : phases.split("\n")) {
            n++;
            if (!line.isBlank()) {
                ps.add(wrap(cs, "phases.jsonl", n, () -> phase(cs, Json.parseObject(line))));
            }
        }
        long kept;
        try (EventWriter w = store.writer(ImportBatch.of(Origin.CURATED.id(), cs.source(), sha))) {
            w.replacePreviousLoadsOfSource();
            n = 0;
            for (String line : events.split("\n")) {
                n++;
                if (!line.isBlank()) {
                    w.add(wrap(cs, "events.jsonl", n, () -> complete(EventJson.read(line, Origin.CURATED))));
                }
            }
            kept = w.commit().rowsKept();
        }
        store.phases().replace(cs.source(), ps);
        store.actors().replaceDictionary(cs.source(), actors);
        return new LoadResult(cs, true, kept, ps.size(), actors.size());
    }

    /** Fills what the curated records leave to the ontology: countries from actor codes, quad class, weight. */
    static Event complete(Event e) {
        Ontology o = Ontology.standard();
        Event.Builder b = e.toBuilder();
        if (e.sourceCountry() == null && e.source() != null) {
            o.countries().byCameo(e.source().root()).filter(c -> c.kind() != Country.Kind.REGION)
                    .ifPresent(c -> b.sourceCountry(c.cameo()));
        }
        if (e.targetCountry() == null && e.target() != null) {
            o.countries().byCameo(e.target().root()).filter(c -> c.kind() != Country.Kind.REGION)
                    .ifPresent(c -> b.targetCountry(c.cameo()));
        }
        if (e.code() != null) {
            o.cameo().get(e.code());
        }
        return o.cameo().enrich(b.build(), GoldsteinScale.GDELT);
    }

    private static Phase phase(CaseStudy cs, Map<String, Object> m) {
        Object level = m.get("level");
        String to = m.get("to") == null ? null : String.valueOf(m.get("to"));
        Object cite = m.get("citation");
        String citation = cite == null ? null : EventJson.renderCitation(cite);
        return new Phase(String.valueOf(m.get("id")), cs.countryA(), cs.countryB(), (String) m.get("label"),
                FuzzyDate.parse(String.valueOf(m.get("from"))), to == null ? null : FuzzyDate.parse(to),
                (String) m.get("tone"), level == null ? 0 : ((Number) level).intValue(), citation,
                (String) m.get("summary"), cs.source());
    }

    private interface Reader<T> {
        T read();
    }

    private static <T> T wrap(CaseStudy cs, String file, int line, Reader<T> r) {
        try {
            return r.read();
        } catch (RuntimeException e) {
            throw new InvalidValueException("case study " + cs.folder() + "/" + file + ":" + line + ": "
                    + e.getMessage(), e);
        }
    }

    private static String resource(String name) {
        String s = optionalResource(name);
        if (s.isEmpty()) {
            throw new IllegalStateException("case study resource " + BASE + name + " is missing from the build");
        }
        return s;
    }

    private static String optionalResource(String name) {
        try (InputStream in = CaseStudies.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                return "";
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + BASE + name, e);
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

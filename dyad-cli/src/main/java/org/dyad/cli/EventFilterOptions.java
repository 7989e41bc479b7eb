package org.dyad.cli;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.CameoCode;
import org.dyad.model.Dimension;
import org.dyad.model.InvalidValueException;
import org.dyad.model.Modality;
import org.dyad.model.Origin;
import org.dyad.model.QuadClass;
import org.dyad.model.RoleLevel;
import org.dyad.model.ontology.Country;
import org.dyad.model.ontology.Ontology;
import org.dyad.store.EventQuery;
import picocli.CommandLine.Option;

/** The event filters shared by events, export and the analysis commands. */
public final class EventFilterOptions {
    @Option(names = "--from", paramLabel = "DATE", description = "Events ending on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Events starting on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    String to;

    @Option(names = "--code", paramLabel = "CODE", split = ",",
            description = "CAMEO event codes, each with its sub-codes (042, 0311). Repeatable or comma-separated.")
    List<String> codes = new ArrayList<>();

    @Option(names = "--root", paramLabel = "ROOT", split = ",", description = "CAMEO roots 01-20 (04 = consult).")
    List<String> roots = new ArrayList<>();

    @Option(names = "--quad", paramLabel = "QUAD", split = ",",
            description = "Quad classes: 1 verbal-cooperation, 2 material-cooperation, 3 verbal-conflict, 4 material-conflict.")
    List<String> quads = new ArrayList<>();

    @Option(names = "--dimension", paramLabel = "DIM", split = ",",
            description = "Dimensions: political, economic, cultural, security, caspian_energy, transport, humanitarian.")
    List<String> dimensions = new ArrayList<>();

    @Option(names = "--origin", paramLabel = "ORIGIN", split = ",",
            description = "Where events came from: text, curated, gdelt1, gdelt2, icews, polecat, phoenix, csv.")
    List<String> origins = new ArrayList<>();

    @Option(names = "--actor", paramLabel = "CODE", split = ",",
            description = "CAMEO actor code prefix on either side (IRNGOV matches IRNGOVMIL).")
    List<String> actors = new ArrayList<>();

    @Option(names = "--person", paramLabel = "NAME", description = "A person named on either side (part of the name).")
    String person;

    @Option(names = "--level", paramLabel = "LEVEL", split = ",",
            description = "Office level on either side: head_of_state, head_of_government, supreme_leader, minister, "
                    + "deputy_minister, legislature_head, ambassador, ...")
    List<String> levels = new ArrayList<>();

    @Option(names = "--modality", paramLabel = "M", split = ",",
            description = "asserted, negated, postponed, planned (default: all).")
    List<String> modalities = new ArrayList<>();

    /** A query for the pair (either direction, or A acting on B with {@code directed}) with these filters. */
    public EventQuery query(Country a, Country b, boolean directed) {
        EventQuery.Builder q = EventQuery.builder()
                .countries(a == null ? null : a.cameo(), b == null ? null : b.cameo(), directed);
        apply(q);
        return q.build();
    }

    /** Adds these filters to a query being built. */
    public void apply(EventQuery.Builder q) {
        q.from(DateBound.from(from)).to(DateBound.to(to));
        for (String c : codes) {
            CameoCode code = CameoCode.of(c);
            Ontology.standard().cameo().get(code);
            q.code(code.code());
        }
        for (String r : roots) {
            String root = r.trim().length() == 1 ? "0" + r.trim() : r.trim();
            if (!root.matches("0[1-9]|1[0-9]|20")) {
                throw new InvalidValueException("unknown CAMEO root '" + r + "': expected 01 to 20");
            }
            q.root(root);
        }
        quads.forEach(s -> q.quadClass(QuadClass.parse(s)));
        dimensions.forEach(s -> q.dimension(Dimension.parse(s)));
        origins.forEach(s -> q.origin(Origin.parse(s)));
        actors.forEach(s -> q.actor(org.dyad.model.ActorCode.of(s).code()));
        levels.forEach(s -> q.level(RoleLevel.parse(s)));
        modalities.forEach(s -> q.modality(Modality.parse(s)));
        if (person != null) {
            q.person(person);
        }
    }
}

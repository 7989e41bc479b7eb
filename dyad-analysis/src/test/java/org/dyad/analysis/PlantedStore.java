package org.dyad.analysis;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.dyad.model.Dimension;
import org.dyad.model.Event;
import org.dyad.model.FuzzyDate;
import org.dyad.model.Origin;
import org.dyad.model.ontology.GoldsteinScale;
import org.dyad.model.ontology.Ontology;
import org.dyad.store.DyadStore;
import org.dyad.store.EventWriter;
import org.dyad.store.ImportBatch;

/** Stores with generated events whose structure (who leads, when phases change) is known. */
final class PlantedStore {
    private PlantedStore() {
    }

    static Event event(String id, LocalDate day, String src, String tgt, String code, String srcRole, Dimension dim) {
        Event.Builder b = Event.builder().id(id).date(FuzzyDate.day(day)).source(src).target(tgt).sourceCountry(src)
                .targetCountry(tgt).code(code).origin(Origin.CSV).sourceRole(srcRole);
        if (dim != null) b.dimension(dim);
        return Ontology.standard().cameo().enrich(b.build(), GoldsteinScale.GDELT);
    }

    /**
     * IRN–AZE, 1990–2015 monthly: a presidential meeting (042) in a month with probability 0.3; economic
     * cooperation (057, economic) the next month with probability {@code follow} after a meeting, 0.05 otherwise.
     */
    static void dialogueLeads(DyadStore store, double follow, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        try (EventWriter w = store.writer(ImportBatch.of("csv", "planted-dialogue-" + seed, "x" + seed))) {
            LocalDate d = LocalDate.of(1990, 1, 1);
            boolean meeting = false;
            int n = 0;
            while (d.isBefore(LocalDate.of(2016, 1, 1))) {
                if (r.nextDouble() < (meeting ? follow : 0.05)) {
                    w.add(event("c" + n++, d.plusDays(r.nextInt(28)), "AZE", "IRN", "057", null, Dimension.ECONOMIC));
                }
                meeting = r.nextDouble() < 0.3;
                if (meeting) {
                    w.add(event("m" + n++, d.plusDays(r.nextInt(28)), "IRN", "AZE", "042", "President", Dimension.POLITICAL));
                }
                // background talk that is neither
                if (r.nextDouble() < 0.5) w.add(event("b" + n++, d.plusDays(r.nextInt(28)), "IRN", "AZE", "010", null, null));
                d = d.plusMonths(1);
            }
            w.commit();
        }
    }

    /**
     * Goldstein-carrying events in three phases: 1990–1994 cooperative (057, +8 each), 1995–1999 conflictual
     * (111, −2, and 190, −10), 2000–2004 cooperative again; a few events every month.
     */
    static void threePhases(DyadStore store, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        try (EventWriter w = store.writer(ImportBatch.of("csv", "planted-phases-" + seed, "p" + seed))) {
            int n = 0;
            for (LocalDate d = LocalDate.of(1990, 1, 1); d.isBefore(LocalDate.of(2005, 1, 1)); d = d.plusMonths(1)) {
                boolean conflict = d.getYear() >= 1995 && d.getYear() < 2000;
                int k = 1 + r.nextInt(3);
                for (int i = 0; i < k; i++) {
                    String code = conflict ? (r.nextBoolean() ? "111" : "190") : (r.nextBoolean() ? "057" : "042");
                    boolean irn = r.nextBoolean();
                    w.add(event("e" + n++, d.plusDays(r.nextInt(28)), irn ? "IRN" : "AZE", irn ? "AZE" : "IRN", code, null, null));
                }
            }
            w.commit();
        }
    }
}

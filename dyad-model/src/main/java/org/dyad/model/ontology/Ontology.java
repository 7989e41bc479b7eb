package org.dyad.model.ontology;

/**
 * The standard tables, loaded once on first use and shared (they are immutable): CAMEO event codes
 * and countries.
 */
public final class Ontology {
    private static volatile Ontology standard;
    private final CameoOntology cameo;
    private final Countries countries;

    private Ontology(CameoOntology cameo, Countries countries) {
        this.cameo = cameo;
        this.countries = countries;
    }

    public static Ontology standard() {
        Ontology o = standard;
        if (o == null) {
            synchronized (Ontology.class) {
                o = standard;
                if (o == null) {
                    o = new Ontology(CameoOntology.load(), Countries.load());
                    standard = o;
                }
            }
        }
        return o;
    }

    public CameoOntology cameo() {
        return cameo;
    }

    public Countries countries() {
        return countries;
    }
}

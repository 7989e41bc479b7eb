package org.dyad.text.dict;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.model.ontology.Countries;
import org.dyad.model.ontology.Country;
import org.dyad.model.ontology.Ontology;

/**
 * Loads the dictionaries: the built-in ones shipped as resources (verbs and event nouns, actors,
 * agents in PETRARCH's formats; countries from the ontology; officials of the case studies as
 * persons with dated offices), each kind replaceable by a user's PETRARCH file.
 */
public final class BuiltInDictionaries {
    static final String BASE = "/org/dyad/text/dict/";
    static final String VERBS = BASE + "dyad.verbs.txt";
    static final String ACTORS = BASE + "dyad.actors.txt";
    static final String AGENTS = BASE + "dyad.agents.txt";
    static final String DISCARDS = BASE + "dyad.discards.txt";
    static final String PERSONS = BASE + "persons/";
    static final String CITIES = BASE + "dyad.cities.tsv";
    static final String ADM1 = BASE + "dyad.adm1.tsv";

    private BuiltInDictionaries() {
    }

    /** What the user gives; null for a kind means the built-in one. */
    public record Overrides(Path verbs, Path actors, Path agents, Path discards, List<Path> persons) {
        public static final Overrides NONE = new Overrides(null, null, null, null, List.of());
    }

    public static Dictionaries load(Overrides o) {
        List<String> sources = new ArrayList<>();
        VerbDictionary verbs;
        if (o.verbs() != null) {
            verbs = VerbDictionary.read(o.verbs());
            sources.add("verbs: " + o.verbs());
        } else {
            verbs = VerbDictionary.parse(resource(VERBS), "dyad.verbs.txt");
            sources.add("verbs: built-in dyad.verbs.txt");
        }
        ActorDictionary actors = new ActorDictionary();
        if (o.actors() != null) {
            actors.readPetrarch(o.actors());
            sources.add("actors: " + o.actors());
        } else {
            addCountries(actors, Ontology.standard().countries());
            actors.readPetrarch(resource(ACTORS), "dyad.actors.txt", true);
            for (String p : PersonDictionary.builtInResources()) {
                PersonDictionary.addResource(actors, p);
            }
            Places.add(actors, Ontology.standard().countries(), resource(CITIES), resource(ADM1));
            sources.add("actors: built-in countries (ontology), dyad.actors.txt, case-study officials,"
                    + " places (dyad.cities.tsv, FIPS 10-4 subdivisions in dyad.adm1.tsv)");
        }
        for (Path p : o.persons()) {
            PersonDictionary.addFile(actors, p);
            sources.add("persons: " + p);
        }
        AgentDictionary agents = new AgentDictionary();
        if (o.agents() != null) {
            agents.readPetrarch(o.agents());
            sources.add("agents: " + o.agents());
        } else {
            agents.readPetrarch(resource(AGENTS), "dyad.agents.txt");
            sources.add("agents: built-in dyad.agents.txt");
        }
        DiscardDictionary discards = new DiscardDictionary();
        if (o.discards() != null) {
            discards.readPetrarch(o.discards());
            sources.add("discards: " + o.discards());
        } else if (o.verbs() == null && o.actors() == null) {
            discards.readPetrarch(resource(DISCARDS));
        }
        return new Dictionaries(verbs, actors, agents, discards, List.copyOf(sources));
    }

    static List<DictionaryLines.Line> resource(String path) {
        try (InputStream in = BuiltInDictionaries.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return DictionaryLines.read(in, path);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + path, e);
        }
    }

    /**
     * Countries as actors: name and aliases name the state, demonyms qualify nouns ("Iranian
     * Foreign Minister"), capitals stand for the state or its government. Proper names must be
     * capitalised, acronyms written in capitals ("US", not "us").
     */
    static void addCountries(ActorDictionary actors, Countries countries) {
        for (Country c : countries.all()) {
            if (c.kind() == Country.Kind.REGION || c.kind() == Country.Kind.OTHER) {
                continue;
            }
            List<ActorEntry.CodeSpan> code = List.of(new ActorEntry.CodeSpan(List.of(c.cameo()), null, null, null, null));
            List<String> names = new ArrayList<>();
            names.add(c.name());
            names.addAll(c.aliases());
            for (String n : names) {
                add(actors, n, ActorEntry.Kind.ACTOR, code, c.cameo());
                if (n.startsWith("the ") || n.startsWith("The ")) {
                    add(actors, n.substring(4), ActorEntry.Kind.ACTOR, code, c.cameo());
                }
            }
            for (String d : c.demonyms()) {
                add(actors, d, ActorEntry.Kind.DEMONYM, code, c.cameo());
                add(actors, d + "s", ActorEntry.Kind.DEMONYM, code, c.cameo());
            }
            if (c.capital() != null && !c.capital().isBlank()) {
                add(actors, c.capital(), ActorEntry.Kind.CAPITAL, code, c.cameo());
            }
        }
    }

    private static void add(ActorDictionary actors, String phrase, ActorEntry.Kind kind,
                            List<ActorEntry.CodeSpan> codes, String cameo) {
        String p = phrase.trim();
        if (p.isEmpty()) {
            return;
        }
        boolean acronym = p.equals(p.toUpperCase(Locale.ROOT)) && p.replace(".", "").length() <= 5;
        ActorEntry.CaseRule rule = acronym ? ActorEntry.CaseRule.UPPER : ActorEntry.CaseRule.CAPITALIZED;
        actors.add(new ActorEntry(p, kind, codes, "countries (ontology): " + cameo, rule), List.of(p));
    }
}

package org.dyad.text.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.ontology.Countries;
import org.dyad.model.ontology.Country;
import org.dyad.text.lexicon.Lexicon;

/**
 * Places other than capitals as actors of kind {@link ActorEntry.Kind#PLACE}: cities (a list
 * written for Dyad) and first-level subdivisions (FIPS 10-4 ADM1 names, their FIPS country mapped
 * to CAMEO by the ontology). A name is left out when it could mislead: when it lies in more than
 * one state ("Punjab"), when it is an English word ("Central", "Hue"), when it is shorter than
 * four letters, or when another entry already has it (a country, capital, organisation or person
 * comes first).
 */
final class Places {
    private Places() {
    }

    static void add(ActorDictionary actors, Countries countries, List<DictionaryLines.Line> cities,
                    List<DictionaryLines.Line> adm1) {
        Set<String> english = Lexicon.englishWords();
        Map<String, String> byName = new LinkedHashMap<>();
        Map<String, String> source = new HashMap<>();
        List<String> ambiguous = new ArrayList<>();
        for (DictionaryLines.Line l : cities) {
            String[] f = l.text().split("\t");
            if (f.length < 2 || countries.byCameo(f[1].trim()).isEmpty()) {
                throw new DictionaryException("dyad.cities.tsv:" + l.number() + ": expected a name, a tab and a CAMEO"
                        + " country code, got '" + l.text() + "'");
            }
            note(byName, source, ambiguous, f[0].trim(), f[1].trim(), "cities (dyad.cities.tsv)");
        }
        for (DictionaryLines.Line l : adm1) {
            String[] f = l.text().split("\t");
            if (f.length < 2) {
                throw new DictionaryException("dyad.adm1.tsv:" + l.number() + ": expected a name, a tab and a FIPS code");
            }
            Country c = countries.byFips(f[1].trim()).orElse(null);
            if (c == null) {
                continue; // a FIPS code the ontology does not know (a territory): no state to name
            }
            note(byName, source, ambiguous, f[0].trim(), c.cameo(), "FIPS 10-4 " + (f.length > 2 ? f[2].trim() : "ADM1")
                    + " (dyad.adm1.tsv)");
        }
        for (String a : ambiguous) {
            byName.remove(a);
        }
        for (Map.Entry<String, String> e : byName.entrySet()) {
            String name = e.getKey();
            String[] tokens = ActorDictionary.tokens(name);
            if (!usable(name, tokens, english) || !actors.trie().values(tokens, tokens.length, 0, tokens.length).isEmpty()) {
                continue;
            }
            List<ActorEntry.CodeSpan> code = List.of(new ActorEntry.CodeSpan(List.of(e.getValue()), null, null, null, null));
            actors.add(new ActorEntry(name, ActorEntry.Kind.PLACE, code, source.get(name) + ": " + e.getValue(),
                    ActorEntry.CaseRule.CAPITALIZED), List.of(name));
        }
    }

    /** Records a name's state; a name seen in two states is ambiguous. */
    private static void note(Map<String, String> byName, Map<String, String> source, List<String> ambiguous,
                             String name, String cameo, String from) {
        String before = byName.putIfAbsent(name, cameo);
        if (before == null) {
            source.put(name, from);
        } else if (!before.equals(cameo)) {
            ambiguous.add(name);
        }
    }

    private static boolean usable(String name, String[] tokens, Set<String> english) {
        if (tokens.length == 0 || name.codePointCount(0, name.length()) < 4 || !Character.isUpperCase(name.codePointAt(0))) {
            return false;
        }
        boolean allEnglish = true;
        for (String t : tokens) {
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (Character.isDigit(c) || c == '(' || c == ')' || c == ',' || c == '/') {
                    return false;
                }
            }
            allEnglish &= tokens.length == 1 ? english.contains(t.toLowerCase(Locale.ROOT)) : GENERIC.contains(t);
        }
        return !allEnglish;
    }

    /** Words of names like "North West" or "Central Region", which say nothing about where. */
    private static final Set<String> GENERIC = Set.of("NORTH", "SOUTH", "EAST", "WEST", "NORTHERN", "SOUTHERN",
            "EASTERN", "WESTERN", "CENTRAL", "UPPER", "LOWER", "CENTRE", "CENTER", "CITY", "REGION", "PROVINCE",
            "CAPITAL", "DISTRICT", "TERRITORY", "COAST", "ISLANDS", "ISLAND", "GREATER", "NEW", "GREAT", "LAKES",
            "MOUNTAINS", "VALLEY", "RIVER", "THE", "OF", "AND", "FAR", "MIDDLE", "HIGHLANDS", "PLATEAU", "FEDERAL");
}

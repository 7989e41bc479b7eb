package org.dyad.model.ontology;

import java.time.LocalDate;
import java.util.List;

/**
 * A country, region or historical state with its codes in every system the data use: CAMEO (the
 * key), ISO 3166 alpha-3/alpha-2/numeric, FIPS 10-4 (GDELT geography), Correlates of War and
 * Gleditsch–Ward numbers, and the spells during which it existed as a state.
 */
public record Country(String cameo, String iso3, String iso2, String isoNumeric, String fips, Integer cow,
                      Integer gw, String name, Kind kind, String capital, List<String> demonyms,
                      List<String> aliases, List<Spell> cowSpells, List<Spell> gwSpells) {

    public enum Kind { STATE, TERRITORY, HISTORICAL, REGION, OTHER }

    /** A period of existence, {@code to} null while it lasts. */
    public record Spell(LocalDate from, LocalDate to) {
        public boolean contains(LocalDate d) {
            return !d.isBefore(from) && (to == null || !d.isAfter(to));
        }
    }

    public Country {
        demonyms = List.copyOf(demonyms);
        aliases = List.copyOf(aliases);
        cowSpells = List.copyOf(cowSpells);
        gwSpells = List.copyOf(gwSpells);
    }

    /**
     * Whether the state existed on that day: by Gleditsch–Ward's dates where it has them
     * (closer to independence dates), else by COW's; regions and territories always "exist".
     */
    public boolean existedOn(LocalDate day) {
        List<Spell> spells = !gwSpells.isEmpty() ? gwSpells : cowSpells;
        if (spells.isEmpty()) {
            return true;
        }
        for (Spell s : spells) {
            if (s.contains(day)) {
                return true;
            }
        }
        return false;
    }

    /** First day of existence as a state, or null when unknown. */
    public LocalDate existsFrom() {
        List<Spell> spells = !gwSpells.isEmpty() ? gwSpells : cowSpells;
        return spells.isEmpty() ? null : spells.get(0).from();
    }

    /** Last day of existence, or null while it exists (or unknown). */
    public LocalDate existsTo() {
        List<Spell> spells = !gwSpells.isEmpty() ? gwSpells : cowSpells;
        return spells.isEmpty() ? null : spells.get(spells.size() - 1).to();
    }
}

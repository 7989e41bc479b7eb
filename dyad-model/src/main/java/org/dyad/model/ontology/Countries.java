package org.dyad.model.ontology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.InvalidValueException;

/**
 * Countries, regions and historical states, loaded once from {@code countries.tsv}, looked up by
 * any of their codes or names.
 */
public final class Countries {
    private static final String RESOURCE = "/org/dyad/model/ontology/countries.tsv";
    private final Map<String, Country> byCameo;
    private final Map<String, Country> byIso3 = new HashMap<>();
    private final Map<String, Country> byIso2 = new HashMap<>();
    private final Map<String, Country> byFips = new HashMap<>();
    private final Map<Integer, Country> byCow = new HashMap<>();
    private final Map<String, Country> byName = new HashMap<>();

    private Countries(Map<String, Country> byCameo) {
        this.byCameo = Collections.unmodifiableMap(byCameo);
        for (Country c : byCameo.values()) {
            if (!c.iso3().isEmpty()) byIso3.put(c.iso3(), c);
            if (!c.iso2().isEmpty()) byIso2.put(c.iso2(), c);
            if (!c.fips().isEmpty()) byFips.putIfAbsent(c.fips(), c);
            if (c.cow() != null && c.kind() != Country.Kind.HISTORICAL) byCow.putIfAbsent(c.cow(), c);
        }
        // names after codes so that a state's own name wins over another's alias
        for (Country c : byCameo.values()) {
            for (String a : c.aliases()) byName.putIfAbsent(key(a), c);
        }
        for (Country c : byCameo.values()) {
            byName.put(key(c.name()), c);
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace("the ", "").replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static Countries load() {
        Map<String, Country> m = new LinkedHashMap<>();
        for (Map<String, String> r : TsvResource.read(RESOURCE)) {
            Country c = new Country(r.get("cameo"), r.get("iso3"), r.get("iso2"), r.get("iso_numeric"),
                    r.get("fips"), integer(r.get("cow")), integer(r.get("gw")), r.get("name"),
                    Country.Kind.valueOf(r.get("kind").toUpperCase(Locale.ROOT)), r.get("capital"),
                    list(r.get("demonyms")), list(r.get("aliases")), spells(r.get("cow_spells")),
                    spells(r.get("gw_spells")));
            m.put(c.cameo(), c);
        }
        return new Countries(m);
    }

    private static Integer integer(String s) {
        return s == null || s.isEmpty() ? null : Integer.valueOf(s);
    }

    private static List<String> list(String s) {
        if (s == null || s.isEmpty()) {
            return List.of();
        }
        List<String> l = new ArrayList<>();
        for (String p : s.split(";")) {
            if (!p.isBlank()) l.add(p.trim());
        }
        return l;
    }

    private static List<Country.Spell> spells(String s) {
        List<Country.Spell> l = new ArrayList<>();
        for (String p : list(s)) {
            String[] ab = p.split("/", -1);
            l.add(new Country.Spell(LocalDate.parse(ab[0]), ab[1].isEmpty() ? null : LocalDate.parse(ab[1])));
        }
        return l;
    }

    public Optional<Country> byCameo(String code) {
        return Optional.ofNullable(code == null ? null : byCameo.get(code.toUpperCase(Locale.ROOT)));
    }

    public Optional<Country> byIso3(String code) {
        return Optional.ofNullable(code == null ? null : byIso3.get(code.toUpperCase(Locale.ROOT)));
    }

    public Optional<Country> byIso2(String code) {
        return Optional.ofNullable(code == null ? null : byIso2.get(code.toUpperCase(Locale.ROOT)));
    }

    /** By FIPS 10-4 code, as in GDELT's geography fields ({@code AJ} is Azerbaijan). */
    public Optional<Country> byFips(String code) {
        return Optional.ofNullable(code == null ? null : byFips.get(code.toUpperCase(Locale.ROOT)));
    }

    public Optional<Country> byCow(int ccode) {
        return Optional.ofNullable(byCow.get(ccode));
    }

    /** By English name, long form or alias, ignoring case and punctuation ("Islamic Republic of Iran"). */
    public Optional<Country> byName(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(key(name)));
    }

    /**
     * Resolves what a user typed: a CAMEO or ISO alpha-3 code, an ISO alpha-2 code, or a name.
     * Unknown input is an error that says what is accepted.
     */
    public Country resolve(String any) {
        if (any != null) {
            String t = any.trim();
            Optional<Country> c = byCameo(t).or(() -> byIso3(t));
            if (c.isEmpty() && t.length() == 2) {
                c = byIso2(t);
            }
            if (c.isEmpty()) {
                c = byName(t);
            }
            if (c.isPresent()) {
                return c.get();
            }
        }
        throw new InvalidValueException("unknown country '" + any + "': expected a CAMEO or ISO code such as"
                + " IRN or AZE, or a name such as Iran ('dyad codes countries' lists them)");
    }

    public Collection<Country> all() {
        return byCameo.values();
    }
}

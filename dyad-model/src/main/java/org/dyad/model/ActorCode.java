package org.dyad.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A CAMEO actor code: a three-letter root (a country such as {@code IRN}, or {@code IGO},
 * {@code NGO}, {@code MNC}... for non-state actors) followed by zero or more three-letter parts
 * (sectors such as {@code GOV}, {@code MIL}, {@code LEG}; for IGOs the organisation, as in
 * {@code IGOECO}). Codes from user dictionaries (PETRARCH's fictional {@code ARN}) are accepted
 * as long as they have this shape.
 */
public final class ActorCode implements Comparable<ActorCode> {
    private static final Pattern SHAPE = Pattern.compile("(?:[A-Z0-9]{3}){1,6}");
    private final String code;

    private ActorCode(String code) {
        this.code = code;
    }

    /** Parses a code such as {@code IRNGOV}; lower case is accepted and upper-cased. */
    public static ActorCode of(String code) {
        if (code == null) {
            throw new InvalidValueException("missing actor code: expected a CAMEO code such as IRN or IRNGOV");
        }
        String c = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!SHAPE.matcher(c).matches()) {
            throw new InvalidValueException("malformed actor code '" + code
                    + "': expected 3 to 18 letters or digits in groups of three, such as IRN, IRNGOV, IGOECO");
        }
        return new ActorCode(c);
    }

    /** Like {@link #of} but null for null or blank input. */
    public static ActorCode ofNullable(String code) {
        return code == null || code.isBlank() ? null : of(code);
    }

    /** A root and sector joined: {@code of("AZE", "GOV")} is {@code AZEGOV}. */
    public static ActorCode of(String root, String... parts) {
        StringBuilder b = new StringBuilder(root);
        for (String p : parts) {
            if (p != null) {
                b.append(p);
            }
        }
        return of(b.toString());
    }

    /** The first three letters: the country, or IGO/NGO/... for non-state actors. */
    public String root() {
        return code.substring(0, 3);
    }

    /** The three-letter parts after the root. */
    public List<String> parts() {
        List<String> p = new ArrayList<>();
        for (int i = 3; i < code.length(); i += 3) {
            p.add(code.substring(i, i + 3));
        }
        return Collections.unmodifiableList(p);
    }

    /** The first part after the root (the primary sector, or the organisation of an IGO), or null. */
    public String primaryPart() {
        return code.length() > 3 ? code.substring(3, 6) : null;
    }

    public boolean hasSector(String sector) {
        for (int i = 3; i < code.length(); i += 3) {
            if (code.regionMatches(i, sector, 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /** This code with only its root. */
    public ActorCode rootOnly() {
        return code.length() == 3 ? this : new ActorCode(root());
    }

    public String code() {
        return code;
    }

    @Override
    public int compareTo(ActorCode o) {
        return code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActorCode && ((ActorCode) o).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}

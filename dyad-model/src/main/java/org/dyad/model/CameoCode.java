package org.dyad.model;

import java.util.regex.Pattern;

/**
 * A CAMEO event code as written, with its leading zero: {@code 04}, {@code 042}, {@code 0311}.
 * Shape only: whether the code exists is the ontology's business.
 */
public final class CameoCode implements Comparable<CameoCode> {
    private static final Pattern SHAPE = Pattern.compile("\\d{2,4}");
    private final String code;

    private CameoCode(String code) {
        this.code = code;
    }

    public static CameoCode of(String code) {
        if (code == null || !SHAPE.matcher(code.trim()).matches()) {
            throw new InvalidValueException("malformed CAMEO event code '" + code
                    + "': expected 2 to 4 digits with the leading zero, such as 04, 042, 0311, 111");
        }
        String c = code.trim();
        int root = Integer.parseInt(c.substring(0, 2));
        if (root < 1 || root > 20) {
            throw new InvalidValueException("CAMEO event code '" + code + "' has root " + c.substring(0, 2)
                    + ": roots run from 01 to 20");
        }
        return new CameoCode(c);
    }

    public static CameoCode ofNullable(String code) {
        return code == null || code.isBlank() ? null : of(code);
    }

    /** The two-digit root ({@code 04} for {@code 042}). */
    public String root() {
        return code.substring(0, 2);
    }

    public int rootNumber() {
        return Integer.parseInt(root());
    }

    public String code() {
        return code;
    }

    /** True if this code is {@code other} or one of its descendants ({@code 0311} is under {@code 031}). */
    public boolean isUnder(CameoCode other) {
        return code.startsWith(other.code);
    }

    @Override
    public int compareTo(CameoCode o) {
        return code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CameoCode && ((CameoCode) o).code.equals(code);
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

package org.dyad.model;

/** CAMEO quad classes, numbered as in GDELT (1 to 4). */
public enum QuadClass {
    VERBAL_COOPERATION(1, "verbal cooperation"),
    MATERIAL_COOPERATION(2, "material cooperation"),
    VERBAL_CONFLICT(3, "verbal conflict"),
    MATERIAL_CONFLICT(4, "material conflict");

    private final int number;
    private final String label;

    QuadClass(int number, String label) {
        this.number = number;
        this.label = label;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public boolean cooperative() {
        return number <= 2;
    }

    public static QuadClass of(int number) {
        if (number < 1 || number > 4) {
            throw new InvalidValueException("quad class " + number + " is out of range: expected 1 verbal"
                    + " cooperation, 2 material cooperation, 3 verbal conflict or 4 material conflict");
        }
        return values()[number - 1];
    }

    /** Parses {@code 1}..{@code 4} or a label such as {@code verbal-cooperation}. */
    public static QuadClass parse(String s) {
        String t = s.trim().toLowerCase(java.util.Locale.ROOT).replace('-', ' ').replace('_', ' ');
        if (t.matches("\\d+")) {
            return of(Integer.parseInt(t));
        }
        for (QuadClass q : values()) {
            if (q.label.equals(t)) {
                return q;
            }
        }
        throw new InvalidValueException("unknown quad class '" + s
                + "': expected 1-4 or verbal-cooperation, material-cooperation, verbal-conflict, material-conflict");
    }
}

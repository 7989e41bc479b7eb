package org.dyad.text.code;

import java.util.Map;
import org.dyad.model.Event;
import org.dyad.text.token.Sentence;

/**
 * Numbers attached to an event, read from its sentence: "14 agreements" (documents signed),
 * "19-point" and "nine-point" (points of a document), "70 percent", "40 million dollars" (a loan
 * when the event is aid), "350 kilometers".
 */
final class Quantities {
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("ONE", 1), Map.entry("TWO", 2),
            Map.entry("THREE", 3), Map.entry("FOUR", 4), Map.entry("FIVE", 5), Map.entry("SIX", 6),
            Map.entry("SEVEN", 7), Map.entry("EIGHT", 8), Map.entry("NINE", 9), Map.entry("TEN", 10),
            Map.entry("ELEVEN", 11), Map.entry("TWELVE", 12), Map.entry("THIRTEEN", 13), Map.entry("FOURTEEN", 14),
            Map.entry("FIFTEEN", 15), Map.entry("SIXTEEN", 16), Map.entry("SEVENTEEN", 17), Map.entry("EIGHTEEN", 18),
            Map.entry("NINETEEN", 19), Map.entry("TWENTY", 20), Map.entry("THIRTY", 30), Map.entry("FORTY", 40),
            Map.entry("FIFTY", 50), Map.entry("HUNDRED", 100));
    private static final Map<String, Double> SCALE = Map.of("THOUSAND", 1e3, "MILLION", 1e6, "BILLION", 1e9,
            "MLN", 1e6, "BN", 1e9);

    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?");

    private Quantities() {
    }

    static void attach(Sentence s, int[] span, String code, Event.Builder b) {
        int from = Math.max(0, span[0] - 3);
        int to = Math.min(s.size(), span[1] + 12);
        for (int i = from; i < to; i++) {
            String u = s.upper(i);
            // "19-point", "nine-point"
            if (u.endsWith("-POINT")) {
                Double n = number(u.substring(0, u.length() - 6));
                if (n != null) {
                    b.quantity("points", n);
                }
                continue;
            }
            Double n = number(u);
            if (n == null) {
                continue;
            }
            int k = i + 1;
            double scale = 1;
            if (k < s.size() && SCALE.containsKey(s.upper(k))) {
                scale = SCALE.get(s.upper(k));
                k++;
            }
            String unit = k < s.size() ? s.upper(k) : "";
            double v = n * scale;
            if (code.startsWith("057") && (unit.startsWith("AGREEMENT") || unit.startsWith("DOCUMENT")
                    || unit.startsWith("PROTOCOL") || unit.startsWith("MEMORAND") || unit.startsWith("TREAT")
                    || unit.startsWith("ACCORD"))) {
                b.quantity("documents_signed", v);
            } else if (unit.equals("PERCENT") || unit.equals("%") || unit.equals("PER")) {
                b.quantity("percent", v);
            } else if (unit.startsWith("DOLLAR") || unit.equals("USD")) {
                b.quantity(code.startsWith("07") ? "loan_usd" : "amount_usd", v);
            } else if (unit.startsWith("KILOMET") || unit.equals("KM")) {
                b.quantity("km", v);
            } else if (i > 0 && s.upper(i - 1).equals("$")) {
                b.quantity(code.startsWith("07") ? "loan_usd" : "amount_usd", v);
            }
        }
    }

    /** 14, 11.8, 50,000 or a number word; null otherwise (years are not quantities here). */
    static Double number(String u) {
        Integer w = WORDS.get(u);
        if (w != null) {
            return (double) w;
        }
        if (u.isEmpty() || !Character.isDigit(u.charAt(0))) {
            return null;
        }
        String t = u.replace(",", "");
        if (!DECIMAL.matcher(t).matches()) {
            return null;
        }
        return Double.parseDouble(t);
    }
}

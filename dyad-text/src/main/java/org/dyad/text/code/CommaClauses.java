package org.dyad.text.code;

import java.util.List;
import org.dyad.text.token.Sentence;

/**
 * PETRARCH's comma rule: short comma-delimited clauses are set aside before coding, since they
 * are usually appositions and attributions ("Osgiliath, the state's fiercest foe, ...", "..., a
 * senior official said on Saturday"). An internal clause of {@code comma_min..comma_max} words and
 * a final one of {@code comma_emin..comma_emax} words are dropped; commas inside actor lists
 * ("Mordor, Rohan, Fornost and Bree") do not count.
 */
final class CommaClauses {
    private CommaClauses() {
    }

    static void mark(Sentence s, boolean[] skip, List<ActorPhrase> phrases, CoderOptions o) {
        int n = s.size();
        int end = n;
        while (end > 0 && (s.upper(end - 1).equals(".") || s.upper(end - 1).equals("\"") || s.upper(end - 1).equals("!"))) {
            end--;
        }
        boolean[] inList = new boolean[n];
        for (ActorPhrase p : phrases) {
            for (int k = Math.max(0, p.start); k < p.end && k < n; k++) {
                inList[k] = true;
            }
        }
        int previous = -1;
        for (int k = 0; k < end; k++) {
            if (!s.upper(k).equals(",") || inList[k]) {
                continue;
            }
            if (previous >= 0) {
                int words = k - previous - 1;
                if (words >= o.commaMin() && words <= o.commaMax() && words > 0) {
                    for (int q = previous; q < k; q++) {
                        skip[q] = true;
                    }
                }
            }
            previous = k;
        }
        if (previous >= 0) {
            int words = end - previous - 1;
            if (words >= o.commaEndMin() && words <= o.commaEndMax() && words > 0) {
                for (int q = previous; q < end; q++) {
                    skip[q] = true;
                }
            }
        }
    }
}

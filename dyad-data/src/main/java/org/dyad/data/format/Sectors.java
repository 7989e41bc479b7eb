package org.dyad.data.format;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CAMEO agent codes for the sector names of ICEWS and POLECAT ("Foreign Ministry", "Legislative /
 * Parliamentary", "Military"). An actor with several sectors gets the most specific state agent
 * first (a military officer who is also "Government" is MIL), then parties, opposition and armed
 * groups, then society. The list is Dyad's reading of the ICEWS sector names; unlisted names give
 * no agent.
 */
final class Sectors {
    /** In priority order: the first agent found among an actor's sectors wins. */
    private static final String[][] TABLE = {
        {"MIL", "military", "marines", "army", "navy", "air force", "military personnel"},
        {"COP", "police"},
        {"SPY", "intelligence", "intelligence ministry"},
        {"JUD", "judicial", "legal", "judiciary", "courts"},
        {"LEG", "legislative / parliamentary", "lower house", "upper house", "unicameral", "legislature",
            "parliament"},
        {"GOV", "government", "executive", "executive office", "cabinet", "foreign ministry", "ministry",
            "finance / economy / commerce / trade ministry", "defense / security ministry",
            "information / communication / transparency ministry", "local", "provincial", "state", "municipal"},
        {"PTY", "parties", "(national) major party", "(national) minor party", "government major party (in government)",
            "political party", "party"},
        {"OPP", "dissident", "protestors / popular opposition / mobs", "opposition major party (out of government)",
            "opposition", "protesters"},
        {"REB", "rebel", "rebels"},
        {"INS", "insurgents", "insurgent"},
        {"UAF", "unidentified forces", "armed group"},
        {"CRM", "criminals / gangs", "criminal"},
        {"IGO", "international government organization", "regional diplomatic igos", "global diplomatic igos", "igo"},
        {"HRI", "human rights ngos", "human rights igos"},
        {"HLH", "medical / health ngos", "health"},
        {"NGO", "nongovernmental organizations / activists", "nongovernmental organization (international)", "ngo",
            "activists"},
        {"BUS", "business", "corporation"},
        {"MED", "media", "news", "journalist"},
        {"EDU", "education", "academic"},
        {"LAB", "labor", "labour", "union"},
        {"AGR", "agricultural", "agriculture"},
        {"REL", "muslim", "christian", "catholic", "hindu", "buddhist", "jews", "jewish", "sunni", "shia",
            "orthodox", "protestant", "national religious", "international religious", "religious", "religion"},
        {"REF", "refugees", "refugee"},
        {"ELI", "elite", "elites"},
        {"CVL", "general population / civilian / social", "civilian", "civilians"},
    };
    private static final Map<String, Integer> RANK = new HashMap<>();

    static {
        for (int i = 0; i < TABLE.length; i++) {
            for (int j = 1; j < TABLE[i].length; j++) {
                RANK.putIfAbsent(TABLE[i][j], i);
            }
        }
    }

    private final Map<String, String> cache = new HashMap<>();

    /** The agent for a list of sector names separated by commas or semicolons, or null. */
    String agent(String sectors) {
        if (sectors == null) {
            return null;
        }
        String cached = cache.get(sectors);
        if (cached == null) {
            int best = Integer.MAX_VALUE;
            for (String s : sectors.split("[,;]")) {
                Integer r = RANK.get(s.trim().toLowerCase(Locale.ROOT));
                if (r != null && r < best) {
                    best = r;
                }
            }
            cached = best == Integer.MAX_VALUE ? "" : TABLE[best][0];
            if (cache.size() > 50_000) {
                cache.clear();
            }
            cache.put(sectors, cached);
        }
        return cached.isEmpty() ? null : cached;
    }
}

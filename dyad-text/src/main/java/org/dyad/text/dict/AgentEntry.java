package org.dyad.text.dict;

/**
 * An agent: a role or sector word ("foreign minister", "police", "MSF") and its code, which is
 * added after the actor's code ({@code [~GOV]}: ARN + GOV = ARNGOV) or before it ({@code [NGO~]}:
 * NGO + ARN = NGOARN).
 */
public record AgentEntry(String phrase, String code, boolean prefix, String source) {
    /** The actor code with this agent's code added, unless the code already carries it. */
    public String apply(String actorCode) {
        String base = actorCode == null ? "---" : actorCode;
        if (!base.equals("---") && containsChunks(base, code)) {
            return base;
        }
        return prefix ? code + base : base + code;
    }

    /** True when every three-letter part of {@code part} is a three-letter part of {@code code}. */
    static boolean containsChunks(String code, String part) {
        if (part.length() % 3 != 0 || code.length() % 3 != 0) {
            return code.contains(part);
        }
        for (int i = 0; i < part.length(); i += 3) {
            boolean found = false;
            for (int j = 0; j < code.length(); j += 3) {
                if (code.regionMatches(j, part, i, 3)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}

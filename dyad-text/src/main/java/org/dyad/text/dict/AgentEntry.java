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
        if (base.contains(code) && !base.equals("---")) {
            return base;
        }
        return prefix ? code + base : base + code;
    }
}

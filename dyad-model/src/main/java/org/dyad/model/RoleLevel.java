package org.dyad.model;

import java.util.Locale;

/**
 * How high an office stands, so that analyses can ask for "head-of-state events" or "ministerial
 * contacts" whatever the title is called in a given country.
 */
public enum RoleLevel {
    SUPREME_LEADER, HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER, DEPUTY_MINISTER, LEGISLATURE_HEAD,
    LEGISLATOR, AMBASSADOR, DIPLOMAT, REGIONAL_GOVERNOR, PARTY_LEADER, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Head of state or government, supreme leader, or legislature head. */
    public boolean highLevel() {
        return this == SUPREME_LEADER || this == HEAD_OF_STATE || this == HEAD_OF_GOVERNMENT
                || this == LEGISLATURE_HEAD;
    }

    public static RoleLevel parse(String s) {
        if (s != null) {
            String t = s.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (RoleLevel l : values()) {
                if (l.id().equals(t)) {
                    return l;
                }
            }
            switch (t) {
                case "head_of_state_or_government": case "leader": return HEAD_OF_STATE;
                case "minister_level": case "ministers": return MINISTER;
                default: break;
            }
        }
        throw new InvalidValueException("unknown role level '" + s + "': expected one of supreme_leader,"
                + " head_of_state, head_of_government, minister, deputy_minister, legislature_head, legislator,"
                + " ambassador, diplomat, regional_governor, party_leader, other");
    }

    /**
     * The level an office title denotes ("President" is a head of state, "Deputy Minister of
     * Foreign Affairs" a deputy minister); OTHER when the title says nothing recognisable.
     */
    public static RoleLevel fromTitle(String title) {
        if (title == null) {
            return OTHER;
        }
        String t = title.toLowerCase(Locale.ROOT);
        if (t.contains("supreme leader") || t.contains("spiritual leader")) {
            return SUPREME_LEADER;
        }
        if (t.contains("vice") || t.contains("deputy")) {
            return t.contains("minister") || t.contains("foreign") ? DEPUTY_MINISTER : OTHER;
        }
        if (t.contains("prime minister") || t.contains("premier")) {
            return HEAD_OF_GOVERNMENT;
        }
        if (t.contains("president") || t.contains("king") || t.contains("emir") || t.contains("head of state")
                || t.contains("monarch") || t.contains("sultan")) {
            return HEAD_OF_STATE;
        }
        if (t.contains("speaker") || (t.contains("chairman") && (t.contains("majlis") || t.contains("parliament")
                || t.contains("assembly") || t.contains("supreme council")))) {
            return LEGISLATURE_HEAD;
        }
        if (t.contains("minister") || t.contains("secretary of state")) {
            return MINISTER;
        }
        if (t.contains("ambassador")) {
            return AMBASSADOR;
        }
        if (t.contains("chargé") || t.contains("charge d") || t.contains("consul") || t.contains("diplomat")
                || t.contains("envoy")) {
            return DIPLOMAT;
        }
        if (t.contains("governor")) {
            return REGIONAL_GOVERNOR;
        }
        if (t.contains("member of parliament") || t.contains("deputy of") || t.contains("majlis")
                || t.contains("legislator") || t.contains("senator")) {
            return LEGISLATOR;
        }
        if (t.contains("party")) {
            return PARTY_LEADER;
        }
        return OTHER;
    }
}

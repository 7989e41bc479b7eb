package org.dyad.model;

/**
 * CAMEO actor sectors (the "agent" or type codes after the country). Source: the CAMEO actor
 * type table as distributed with GDELT (gdelt_lookup_CAMEO.actortype.txt).
 */
public enum Sector {
    GOV("Government"), MIL("Military"), LEG("Legislature"), OPP("Political opposition"),
    PTY("Political party"), BUS("Business"), MED("Media"), REL("Religious"), CVL("Civilian"),
    IGO("Intergovernmental organisation"), NGO("Non-governmental organisation"), JUD("Judiciary"),
    COP("Police"), SPY("State intelligence"), REB("Rebels"), INS("Insurgents"), EDU("Education"),
    HLH("Health"), LAB("Labour"), ELI("Elites"), ENV("Environmental"), HRI("Human rights"),
    IMG("Immigrants"), REF("Refugees"), SEP("Separatists"), UAF("Unaffiliated armed forces"),
    AGR("Agriculture"), CRM("Criminal"), DEV("Development"), MOD("Moderate"), RAD("Radical"),
    SET("Settlers"), NGM("Non-governmental movement"), MNC("Multinational corporation"),
    UIS("Unidentified state actor"), CHR("Christian"), MUS("Muslim"), JEW("Jewish");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The sector for a three-letter code, or null when it is not one. */
    public static Sector find(String code) {
        if (code == null) {
            return null;
        }
        for (Sector s : values()) {
            if (s.name().equalsIgnoreCase(code)) {
                return s;
            }
        }
        return null;
    }
}

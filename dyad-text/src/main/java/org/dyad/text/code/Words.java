package org.dyad.text.code;

import java.util.Set;

/** Closed classes of English words the shallow coder needs in place of a tagger. */
final class Words {
    private Words() {
    }

    static final Set<String> DETERMINERS = Set.of("THE", "A", "AN", "THIS", "THAT", "THESE", "THOSE", "ITS",
            "THEIR", "HIS", "HER", "OUR", "MY", "YOUR", "SOME", "ANY", "EACH", "EVERY", "SEVERAL", "ANOTHER",
            "NO", "MANY", "FEW", "'S", "'");
    static final Set<String> POSSESSIVE_PRONOUNS = Set.of("ITS", "THEIR", "HIS", "HER", "OUR", "MY", "YOUR");
    static final Set<String> PREPOSITIONS = Set.of("OF", "IN", "ON", "AT", "TO", "FROM", "WITH", "BY", "FOR",
            "ABOUT", "AGAINST", "BETWEEN", "AMONG", "INTO", "ONTO", "OVER", "UNDER", "THROUGH", "DURING",
            "AFTER", "BEFORE", "SINCE", "UNTIL", "TOWARD", "TOWARDS", "WITHIN", "WITHOUT", "ACROSS", "ALONG",
            "AMID", "AMIDST", "DESPITE", "VIA", "NEAR", "BEYOND", "UPON", "REGARDING", "CONCERNING", "LIKE",
            "BEHIND", "OUTSIDE", "INSIDE", "AROUND", "TILL", "AS", "PER", "THAN");
    static final Set<String> AUXILIARIES = Set.of("IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "HAS",
            "HAVE", "HAD", "HAVING", "DO", "DOES", "DID", "WILL", "WOULD", "SHALL", "SHOULD", "CAN", "COULD",
            "MAY", "MIGHT", "MUST", "WO", "CA", "'S", "'LL", "'D", "'VE", "'RE", "AM");
    static final Set<String> BE = Set.of("IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "AM", "'S", "'RE");
    static final Set<String> MODALS_FUTURE = Set.of("WILL", "SHALL", "WO", "'LL");
    static final Set<String> MODALS_HYPOTHETICAL = Set.of("WOULD", "COULD", "MIGHT", "MAY", "SHOULD", "MUST",
            "CAN", "CA", "'D");
    static final Set<String> NEGATIONS = Set.of("NOT", "N'T", "NEVER", "NO", "NEITHER", "NOR", "CANNOT");
    static final Set<String> PRONOUNS = Set.of("HE", "SHE", "IT", "THEY", "WE", "I", "YOU", "HIM", "HER",
            "THEM", "US", "ME");
    static final Set<String> RELATIVES = Set.of("WHO", "WHICH", "WHOSE", "WHOM", "WHERE", "THAT");
    static final Set<String> SUBORDINATORS = Set.of("AFTER", "BEFORE", "WHEN", "WHILE", "BECAUSE", "ALTHOUGH",
            "SINCE", "IF", "UNLESS", "UNTIL", "WHETHER", "THOUGH", "WHEREAS", "ONCE", "AS");
    static final Set<String> CONJUNCTIONS = Set.of("AND", "OR", "NOR", "BUT", "&");
    static final Set<String> REPORTING = Set.of("SAID", "SAYS", "SAY", "REPORTED", "REPORTS", "ANNOUNCED",
            "STATED", "NOTED", "ADDED", "TOLD", "CLAIMED", "ACCORDING");
    /** Frequency words that make a statement habitual rather than an event. */
    static final Set<String> HABITUAL = Set.of("OFTEN", "USUALLY", "ALWAYS", "CONSISTENTLY", "REGULARLY",
            "FREQUENTLY", "TRADITIONALLY", "GENERALLY", "TYPICALLY", "REPEATEDLY", "CONSTANTLY", "CONTINUOUSLY",
            "NORMALLY", "SOMETIMES", "OCCASIONALLY", "RARELY", "SELDOM", "HISTORICALLY");
    static final Set<String> CLAUSE_PUNCT = Set.of(";", ":", "--", "(", ")", "\"");

    static boolean isWordLike(String upper) {
        return !upper.isEmpty() && Character.isLetterOrDigit(upper.charAt(0));
    }
}

package org.dyad.text.code;

import java.util.List;
import org.dyad.model.json.JsonWriter;

/**
 * Why an event was extracted: which words gave the actors, the action and the date, which
 * dictionary entries and pattern fired, how the date was resolved. Kept beside each event so
 * that {@code dyad explain} can show it.
 *
 * @param eventId the event
 * @param sentence the sentence as cleaned, and its span in the original file (code points)
 * @param trigger the verb or event noun, and its span in the original file
 * @param rule the pattern that fired ("* TO + [042]" with file and line) or the verb's default code
 * @param source how the source was found, its words and the dictionary entry that coded them
 * @param target the same for the target
 * @param date the date words and how they were resolved
 * @param modality why the event is asserted, negated, planned or postponed
 * @param merged other mentions of the same event merged into it (sentence spans)
 */
public record Explanation(String eventId, String doc, String sentence, int sentenceStart, int sentenceEnd,
                          String trigger, int triggerStart, int triggerEnd, String rule, Side source, Side target,
                          String date, String modality, List<String> merged) {

    /** One side: the words, the code, the dictionary entry, how it was found. */
    public record Side(String words, String code, String entry, String how) {
    }

    public String toJson() {
        StringBuilder b = new StringBuilder(512);
        JsonWriter w = new JsonWriter(b).beginObject();
        w.field("event", eventId).field("doc", doc).field("sentence", sentence)
                .field("sentence_start", sentenceStart).field("sentence_end", sentenceEnd)
                .field("trigger", trigger).field("trigger_start", triggerStart).field("trigger_end", triggerEnd)
                .field("rule", rule);
        side(w, "source", source);
        side(w, "target", target);
        w.field("date", date).field("modality", modality);
        if (!merged.isEmpty()) {
            w.name("merged").value(merged);
        }
        w.endObject();
        return b.toString();
    }

    private static void side(JsonWriter w, String name, Side s) {
        if (s == null) {
            return;
        }
        w.name(name).beginObject().field("words", s.words()).field("code", s.code()).field("entry", s.entry())
                .field("how", s.how()).endObject();
    }

    /** A human-readable account, for the terminal. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append("event    ").append(eventId).append('\n');
        b.append("document ").append(doc).append(", characters ").append(sentenceStart).append('-').append(sentenceEnd)
                .append('\n');
        b.append("sentence ").append(sentence).append('\n');
        b.append("action   \"").append(trigger).append("\" (characters ").append(triggerStart).append('-')
                .append(triggerEnd).append(")\n");
        b.append("rule     ").append(rule).append('\n');
        describe(b, "source  ", source);
        describe(b, "target  ", target);
        b.append("date     ").append(date).append('\n');
        b.append("modality ").append(modality).append('\n');
        for (String m : merged) {
            b.append("also     ").append(m).append('\n');
        }
        return b.toString();
    }

    private static void describe(StringBuilder b, String label, Side s) {
        if (s == null) {
            return;
        }
        b.append(label).append(' ').append(s.code() == null ? "-" : s.code()).append(" from \"")
                .append(s.words() == null ? "" : s.words()).append("\" (").append(s.how()).append(')');
        if (s.entry() != null) {
            b.append("; dictionary: ").append(s.entry());
        }
        b.append('\n');
    }
}

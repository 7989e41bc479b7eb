package org.dyad.text.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.FuzzyDate;
import org.dyad.text.charfilter.MappedText;
import org.dyad.text.token.Sentence;
import org.dyad.text.token.Tokenizer;

/**
 * Codes a PETRARCH record the way PETRARCH reports it: triples of source code, target code and
 * event code, with the record's date deciding date-restricted actor codes and {@code ---} for a
 * missing side when {@code require_dyad} is off.
 */
public final class PetrarchCoding {
    private final SentenceCoder coder;

    public PetrarchCoding(SentenceCoder coder) {
        this.coder = coder;
    }

    /** One coded triple. */
    public record Triple(String source, String target, String code) {
        @Override
        public String toString() {
            return source + " " + target + " " + code;
        }
    }

    /** The distinct triples of a record's text; empty when discarded. */
    public List<Triple> code(MappedText text, LocalDate date, CoderOptions options) {
        List<Sentence> sentences = new ArrayList<>();
        new Tokenizer().split(text, sentences::add);
        Set<Triple> out = new LinkedHashSet<>();
        FuzzyDate day = date == null ? null : FuzzyDate.day(date);
        for (Sentence s : sentences) {
            SentenceCoder.Result r = coder.code(s, options);
            if (r.discarded != null) {
                return List.of();
            }
            Resolution.Context ctx = new Resolution.Context(day, null, null, null);
            for (Candidate c : r.candidates) {
                List<ActorPhrase.Resolved> src = Resolution.resolveAll(c.source, ctx, null);
                List<ActorPhrase.Resolved> tgt = Resolution.resolveAll(c.target, ctx, null);
                if (src.isEmpty() && tgt.isEmpty()) {
                    continue;
                }
                if (options.requireDyad() && (src.isEmpty() || tgt.isEmpty())) {
                    continue;
                }
                // without a dyad PETRARCH still needs a noun phrase on the missing side ("said on Saturday")
                if (tgt.isEmpty() && !c.targetPhraseAfter || src.isEmpty() && !c.sourcePhraseBefore) {
                    continue;
                }
                for (ActorPhrase.Resolved a : src.isEmpty() ? List.of(none()) : src) {
                    for (ActorPhrase.Resolved b : tgt.isEmpty() ? List.of(none()) : tgt) {
                        out.add(new Triple(a.code(), b.code(), c.code));
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static ActorPhrase.Resolved none() {
        return new ActorPhrase.Resolved("---", null, null, null, null);
    }
}

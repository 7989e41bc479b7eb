package org.dyad.text;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.text.charfilter.CharFilter;
import org.dyad.text.charfilter.DehyphenationFilter;
import org.dyad.text.charfilter.FurnitureFilter;
import org.dyad.text.charfilter.LineEndFilter;
import org.dyad.text.charfilter.MappedText;
import org.dyad.text.charfilter.OcrFilter;
import org.dyad.text.code.CoderOptions;
import org.dyad.text.code.DocumentCoder;
import org.dyad.text.code.SentenceCoder;
import org.dyad.text.dict.Dictionaries;
import org.dyad.text.io.DocumentKind;
import org.dyad.text.io.DocumentReaders;
import org.dyad.text.io.SourceDocument;
import org.dyad.text.lexicon.Lexicon;
import org.dyad.text.token.Tokenizer;

/**
 * Extracts coded, dated events from documents: read, clean (keeping offsets), split into
 * sentences and tokens, code each sentence, resolve dates and actors in the document's context.
 * The dictionaries and lexicon are built once; {@link #extract} may run on several threads at
 * once, one document per call.
 */
public final class TextExtractor {
    private final Dictionaries dictionaries;
    private final Options options;
    private final SentenceCoder coder;
    private final List<CharFilter> cleaning;

    /**
     * What to extract with: the pair the text is about (null: the two states it names most), a
     * document date for news-style relative dates (null: the record's date, or none), a forced
     * encoding (null: detect) and the coder's behaviour.
     */
    public record Options(String pairA, String pairB, LocalDate documentDate, Charset encoding, CoderOptions coder) {
        public static Options defaults() {
            return new Options(null, null, null, null, CoderOptions.narrative());
        }
    }

    /** Counts for one document or file. */
    public static final class Stats {
        public long documents;
        public long sentences;
        public long tokens;
        public long characters;
        public long events;
        public long skippedCodes;

        public void add(Stats o) {
            documents += o.documents;
            sentences += o.sentences;
            tokens += o.tokens;
            characters += o.characters;
            events += o.events;
            skippedCodes += o.skippedCodes;
        }
    }

    public TextExtractor(Dictionaries dictionaries, Options options) {
        this.dictionaries = dictionaries;
        this.options = options;
        this.coder = new SentenceCoder(dictionaries, options.coder().narrativeRules());
        Lexicon lexicon = dictionaries.lexicon();
        this.cleaning = List.of(LineEndFilter.INSTANCE, FurnitureFilter.INSTANCE, new DehyphenationFilter(lexicon),
                new OcrFilter(lexicon));
    }

    public Dictionaries dictionaries() {
        return dictionaries;
    }

    public SentenceCoder coder() {
        return coder;
    }

    /** Reads a file (all its documents) and extracts their events, in order. */
    public Stats extract(Path file, Consumer<DocumentCoder.Extracted> out) {
        Stats total = new Stats();
        for (SourceDocument d : DocumentReaders.open(file, new DocumentReaders.Options(options.encoding(),
                options.documentDate()))) {
            total.add(extract(d, out));
        }
        return total;
    }

    /** Extracts one document's events, streaming its blocks. */
    public Stats extract(SourceDocument doc, Consumer<DocumentCoder.Extracted> out) {
        Stats st = new Stats();
        st.documents = 1;
        LocalDate date = options.documentDate() != null ? options.documentDate() : doc.date();
        long[] events = new long[1];
        String[] pair = options.pairA() != null && options.pairB() != null
                ? new String[] {options.pairA(), options.pairB()} : mainPair(doc);
        DocumentCoder dc = new DocumentCoder(coder, options.coder(), doc.id(), date, pair == null ? null : pair[0],
                pair == null ? null : pair[1], e -> {
                    events[0]++;
                    out.accept(e);
                });
        Tokenizer tokenizer = new Tokenizer();
        for (Iterator<MappedText> it = doc.blocks(); it.hasNext(); ) {
            MappedText block = clean(it.next());
            st.characters += block.length();
            tokenizer.split(block, s -> {
                st.sentences++;
                st.tokens += s.size();
                dc.accept(s);
            });
        }
        dc.finish();
        st.events = events[0];
        st.skippedCodes = dc.skippedCodes();
        return st;
    }

    /** Documents up to this size are read twice: once to find the pair of states they are about. */
    private static final long PAIR_SCAN_LIMIT = 2_000_000;

    /**
     * The two states a document names most, read before coding it so that "the two countries" in
     * its first paragraph already means them; null for large or streamed documents (the coder then
     * counts as it goes) and for narrative rules off.
     */
    private String[] mainPair(SourceDocument doc) {
        if (!options.coder().narrativeRules() || doc.kind() == DocumentKind.RECORDS || tooLarge(doc)) {
            return null;
        }
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        java.util.Set<String> states = new java.util.HashSet<>();
        for (org.dyad.model.ontology.Country c : org.dyad.model.ontology.Ontology.standard().countries().all()) {
            if (c.kind() == org.dyad.model.ontology.Country.Kind.STATE || c.kind() == org.dyad.model.ontology.Country.Kind.HISTORICAL) {
                states.add(c.cameo());
            }
        }
        Tokenizer t = new Tokenizer();
        for (Iterator<MappedText> it = doc.blocks(); it.hasNext(); ) {
            t.split(clean(it.next()), s -> coder.countStates(s, counts, states));
        }
        // counts keep insertion order: the first-named state of the two comes first
        List<String> order = new java.util.ArrayList<>(counts.keySet());
        List<String> sorted = new java.util.ArrayList<>(order);
        sorted.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a)
                : order.indexOf(a) - order.indexOf(b));
        if (sorted.size() < 2) {
            return null;
        }
        String a = sorted.get(0);
        String b = sorted.get(1);
        return order.indexOf(a) <= order.indexOf(b) ? new String[] {a, b} : new String[] {b, a};
    }

    private static boolean tooLarge(SourceDocument doc) {
        if (doc.kind() != DocumentKind.TEXT) {
            return false;
        }
        try {
            if (doc.path() != null && java.nio.file.Files.isRegularFile(doc.path())) {
                return java.nio.file.Files.size(doc.path()) > PAIR_SCAN_LIMIT;
            }
            return doc.originalText().length() > PAIR_SCAN_LIMIT; // a document rebuilt from the store
        } catch (java.io.IOException | RuntimeException e) {
            return true;
        }
    }

    /** The cleaning chain: line ends, page furniture, line-end hyphens, OCR confusions. */
    public MappedText clean(MappedText block) {
        MappedText t = block;
        for (CharFilter f : cleaning) {
            t = t.apply(f);
        }
        return t;
    }
}

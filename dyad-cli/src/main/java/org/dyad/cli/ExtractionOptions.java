package org.dyad.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.InvalidValueException;
import org.dyad.model.json.JsonWriter;
import org.dyad.model.ontology.Country;
import org.dyad.text.TextExtractor;
import org.dyad.text.code.CoderOptions;
import org.dyad.text.dict.BuiltInDictionaries;
import org.dyad.text.dict.Dictionaries;
import picocli.CommandLine.Option;

/**
 * Options every extracting command shares: the dictionaries (each replaces the built-in one of
 * its kind), the pair the text is about, a document date and an encoding.
 */
public final class ExtractionOptions {
    @Option(names = "--verbs", paramLabel = "FILE",
            description = "Verb dictionary in PETRARCH's format; replaces the built-in verbs and event nouns.")
    Path verbs;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "Actor dictionary in PETRARCH's format; replaces the built-in countries, organisations"
                    + " and officials.")
    Path actors;

    @Option(names = "--agents", paramLabel = "FILE",
            description = "Agent dictionary in PETRARCH's format; replaces the built-in offices and sectors.")
    Path agents;

    @Option(names = "--discards", paramLabel = "FILE",
            description = "Discard phrases in PETRARCH's format (sports, weather): sentences holding one are not coded.")
    Path discards;

    @Option(names = "--persons", paramLabel = "FILE",
            description = "Persons with dated offices, one JSON object per line (the case studies' officials"
                    + " format); added to the actors. May be repeated.")
    List<Path> persons = new ArrayList<>();

    @Option(names = "--pair", paramLabel = "A,B", split = ",", converter = CountryConverter.class,
            description = "The two states the text is about, for \"the two countries\", \"both sides\""
                    + " (default: the two states the text names most).")
    List<Country> pair;

    @Option(names = "--doc-date", paramLabel = "DATE",
            description = "The documents' date (YYYY-MM-DD), against which \"yesterday\" or \"last month\" resolve;"
                    + " default: a dateline in the text, or a record's date.")
    String docDate;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Read text files in this encoding (default: detected from the byte-order mark, else UTF-8).")
    String encoding;

    TextExtractor extractor() {
        return new TextExtractor(dictionaries(), options());
    }

    Dictionaries dictionaries() {
        for (Path p : new Path[] {verbs, actors, agents, discards}) {
            if (p != null && !Files.isRegularFile(p)) {
                throw new InvalidValueException("no such dictionary file: " + p);
            }
        }
        return BuiltInDictionaries.load(new BuiltInDictionaries.Overrides(verbs, actors, agents, discards, persons));
    }

    TextExtractor.Options options() {
        if (pair != null && pair.size() != 2) {
            throw new InvalidValueException("--pair takes two states, such as IRN,AZE; got " + pair.size());
        }
        return new TextExtractor.Options(pair == null ? null : pair.get(0).cameo(), pair == null ? null : pair.get(1).cameo(),
                date(), charset(), CoderOptions.narrative());
    }

    LocalDate date() {
        if (docDate == null) {
            return null;
        }
        try {
            return LocalDate.parse(docDate.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("--doc-date '" + docDate + "' is not a date: expected YYYY-MM-DD");
        }
    }

    Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidValueException("unknown encoding '" + encoding + "': try UTF-8, UTF-16, windows-1252 or ISO-8859-1");
        }
    }

    /**
     * The options as JSON, kept with an ingest so that events can be explained later with the same
     * dictionaries ({@link org.dyad.web.TextStore#extractorFor} reads it back).
     */
    String toJson() {
        StringBuilder b = new StringBuilder();
        JsonWriter w = new JsonWriter(b).beginObject();
        w.field("verbs", abs(verbs)).field("actors", abs(actors)).field("agents", abs(agents))
                .field("discards", abs(discards));
        List<String> ps = new ArrayList<>();
        for (Path p : persons) {
            ps.add(abs(p));
        }
        w.name("persons").value(ps);
        w.field("pair", pair == null ? null : pair.get(0).cameo() + "," + pair.get(1).cameo());
        w.field("doc_date", docDate).field("encoding", encoding).endObject();
        return b.toString();
    }

    private static String abs(Path p) {
        return p == null ? null : p.toAbsolutePath().normalize().toString();
    }
}

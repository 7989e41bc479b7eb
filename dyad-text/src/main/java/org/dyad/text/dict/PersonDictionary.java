package org.dyad.text.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dyad.model.Actor;
import org.dyad.model.FuzzyDate;
import org.dyad.model.Role;
import org.dyad.model.json.ActorJson;

/**
 * Persons with dated offices, in the actor dictionary format of the model ({@link ActorJson}: one
 * JSON object per line, roles with sector and dates), added to an actor dictionary so that
 * "Hasan Hasanov" is AZEGOV as Prime Minister in 1991 and as Foreign Minister in 1995, and the
 * office held on the event's date is reported.
 */
public final class PersonDictionary {
    private PersonDictionary() {
    }

    /** The officials files shipped with dyad-text (one per case study). */
    static List<String> builtInResources() {
        URL base = PersonDictionary.class.getResource(BuiltInDictionaries.PERSONS);
        if (base == null) {
            return List.of();
        }
        try {
            if ("jar".equals(base.getProtocol())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(base.toURI());
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(base.toURI(), Map.of());
                }
                return list(fs.getPath(BuiltInDictionaries.PERSONS));
            }
            return list(Paths.get(base.toURI()));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list " + BuiltInDictionaries.PERSONS, e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).forEach(p -> {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                out.add(BuiltInDictionaries.PERSONS + rel);
            });
        }
        Collections.sort(out);
        return out;
    }

    static void addResource(ActorDictionary actors, String resource) {
        try (InputStream in = PersonDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            read(actors, in, resource.substring(resource.lastIndexOf("persons/") + "persons/".length()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    public static void addFile(ActorDictionary actors, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            read(actors, in, file.toString());
        } catch (IOException e) {
            throw new DictionaryException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static void read(ActorDictionary actors, InputStream in, String name) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line; (line = r.readLine()) != null; ) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Actor a;
            try {
                a = ActorJson.read(line);
            } catch (RuntimeException e) {
                throw new DictionaryException(name + ":" + number + ": " + e.getMessage(), e);
            }
            add(actors, a, name);
        }
    }

    /** Adds a person: each office a dated code (country + sector), then the country alone. */
    public static void add(ActorDictionary actors, Actor a, String source) {
        List<ActorEntry.CodeSpan> spans = new ArrayList<>();
        for (Role r : a.roles()) {
            String country = r.country() != null ? r.country() : a.country();
            if (country == null) {
                continue;
            }
            String code = country + (r.sector() == null ? "" : r.sector());
            spans.add(new ActorEntry.CodeSpan(List.of(code), start(r.from()), end(r.to()), r.title(), country));
        }
        if (a.country() != null) {
            spans.add(new ActorEntry.CodeSpan(List.of(a.country()), null, null, null, a.country()));
        }
        ActorEntry.Kind kind = a.kind() == Actor.Kind.ORGANIZATION ? ActorEntry.Kind.ACTOR : ActorEntry.Kind.PERSON;
        List<String> names = new ArrayList<>();
        for (String n : a.names()) {
            // a bare surname shared by several people ("Aliyev") still names the best-known one here
            names.add(n);
        }
        actors.add(new ActorEntry(a.name(), kind, List.copyOf(spans), source + " (" + a.id() + ")",
                ActorEntry.CaseRule.CAPITALIZED), names);
    }

    private static java.time.LocalDate start(FuzzyDate d) {
        return d == null ? null : d.earliest();
    }

    private static java.time.LocalDate end(FuzzyDate d) {
        return d == null ? null : d.latest();
    }
}

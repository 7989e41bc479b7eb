package org.dyad.text.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic corpus of narrative text about relations between states, for the
 * throughput benchmark: sentences assembled from templates written for Dyad (visits, talks,
 * agreements, criticism, background statements, citations) with states, offices, dates and
 * numbers drawn from a seeded random generator, so the same seed and size always give the same
 * bytes. About a third of the sentences describe an event; the rest is commentary, as in real
 * papers. Lines are wrapped at about 60 characters with some line-end hyphens.
 */
public final class CorpusGenerator {
    private static final String[] STATES = {"Iran", "Azerbaijan", "Armenia", "Georgia", "Turkey", "Russia",
        "Kazakhstan", "Turkmenistan", "Ukraine", "Pakistan", "India", "China", "France", "Germany", "Egypt"};
    private static final String[] DEMONYMS = {"Iranian", "Azerbaijani", "Armenian", "Georgian", "Turkish", "Russian",
        "Kazakh", "Turkmen", "Ukrainian", "Pakistani", "Indian", "Chinese", "French", "German", "Egyptian"};
    private static final String[] CAPITALS = {"Tehran", "Baku", "Yerevan", "Tbilisi", "Ankara", "Moscow", "Astana",
        "Ashgabat", "Kyiv", "Islamabad", "New Delhi", "Beijing", "Paris", "Berlin", "Cairo"};
    private static final String[] OFFICES = {"Foreign Minister", "President", "Prime Minister", "Energy Minister",
        "Deputy Foreign Minister", "ambassador", "Defense Minister", "Speaker of Parliament"};
    private static final String[] NAMES = {"A. Karimov", "R. Huseynli", "M. Tahiri", "S. Orlov", "L. Demir",
        "N. Abashidze", "K. Sargsyan", "T. Nazarov", "F. Rahimi", "E. Mammadli"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] TOPICS = {"trade", "transport corridors", "energy transit", "the Caspian Sea",
        "border security", "cultural exchanges", "customs procedures", "pipeline construction", "water resources",
        "regional stability"};
    private static final String[] DOCS = {"memorandum", "agreement", "protocol", "treaty", "declaration"};
    private static final String[] AUTHORS = {"Hasanli", "Petrov", "Akbari", "Miller", "Yilmaz", "Gasimov",
        "Rahmani", "Brown", "Kuznetsova", "Safarli"};
    private static final String[] COMMENTARY = {
        "The relevance of this question is determined by the complex situation that developed in the region.",
        "Economic considerations often prevailed over ideological differences in this period.",
        "Scholars have interpreted these developments in several different ways.",
        "The geography of the region created both opportunities and constraints for cooperation.",
        "Public opinion in both countries followed these events with considerable interest.",
        "Historical memory played an important role in shaping the perceptions of the elites.",
        "The institutional framework of cooperation remained weak for a long time.",
        "External powers tried to use the internal problems of the region to their advantage.",
    };

    private final SplittableRandom random;

    public CorpusGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Writes {@code files} files of about {@code bytesPerFile} bytes each into {@code dir}; returns the paths. */
    public List<Path> write(Path dir, int files, long bytesPerFile) {
        List<Path> out = new ArrayList<>(files);
        try {
            Files.createDirectories(dir);
            for (int f = 0; f < files; f++) {
                Path p = dir.resolve(String.format("synthetic-%04d.txt", f));
                try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
                    writeDocument(w, bytesPerFile);
                }
                out.add(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus under " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    private void writeDocument(BufferedWriter w, long bytes) throws IOException {
        long written = 0;
        int year = 1990 + random.nextInt(20);
        StringBuilder paragraph = new StringBuilder(2048);
        while (written < bytes) {
            paragraph.setLength(0);
            int sentences = 3 + random.nextInt(6);
            for (int i = 0; i < sentences; i++) {
                if (random.nextInt(6) == 0) {
                    year++;
                }
                paragraph.append(sentence(year)).append(' ');
            }
            String wrapped = wrap(paragraph.toString().trim());
            w.write(wrapped);
            w.write("\n\n");
            written += wrapped.length() + 2;
        }
    }

    private String pick(String[] a) {
        return a[random.nextInt(a.length)];
    }

    private String sentence(int year) {
        int a = random.nextInt(STATES.length);
        int b = (a + 1 + random.nextInt(STATES.length - 1)) % STATES.length;
        String month = pick(MONTHS);
        int day = 1 + random.nextInt(28);
        switch (random.nextInt(12)) {
            case 0:
                return "On " + month + " " + day + ", " + year + ", " + DEMONYMS[a] + " " + pick(OFFICES) + " "
                        + pick(NAMES) + " made an official visit to " + CAPITALS[b] + ".";
            case 1:
                return "In " + month + " " + year + ", the two countries signed a " + pick(DOCS) + " on "
                        + pick(TOPICS) + " (" + pick(AUTHORS) + ", " + (year + 5 + random.nextInt(10)) + ").";
            case 2:
                return "During this visit, the parties held negotiations on " + pick(TOPICS) + " and signed "
                        + (2 + random.nextInt(15)) + " agreements.";
            case 3:
                return STATES[a] + " criticized " + STATES[b] + "'s position on " + pick(TOPICS) + " in the autumn of "
                        + year + ".";
            case 4:
                return "Relations between " + STATES[a] + " and " + STATES[b] + " cooled after the elections of "
                        + year + ".";
            case 5:
                return "The following year, " + STATES[a] + " allocated a loan of " + (5 + random.nextInt(90))
                        + " million dollars to " + STATES[b] + " for a railway of " + (50 + random.nextInt(500))
                        + " kilometers.";
            default:
                return pick(COMMENTARY);
        }
    }

    /** Wraps at about 60 characters, hyphenating a long word now and then as print does. */
    private String wrap(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 50);
        int col = 0;
        for (String word : text.split(" ")) {
            if (col + word.length() > 60) {
                if (word.length() > 8 && random.nextInt(4) == 0 && Character.isLowerCase(word.charAt(0))) {
                    int cut = 3 + random.nextInt(word.length() - 6);
                    out.append(word, 0, cut).append("-\n").append(word, cut, word.length());
                    col = word.length() - cut;
                    out.append(' ');
                    col++;
                    continue;
                }
                out.setLength(out.length() - (col > 0 && out.charAt(out.length() - 1) == ' ' ? 1 : 0));
                out.append('\n');
                col = 0;
            }
            out.append(word).append(' ');
            col += word.length() + 1;
        }
        return out.toString().trim();
    }
}

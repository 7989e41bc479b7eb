package org.dyad.data.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dyad.model.InvalidValueException;

/**
 * Turns what a user typed into the files to read: a file as it is; a directory as the files under
 * it (sorted, hidden ones skipped); a glob such as {@code gdelt/*.zip} or {@code data/**}{@code /2015*.CSV}
 * as its matches, sorted. Each file is listed once, in the order given.
 */
public final class InputFiles {
    private InputFiles() {
    }

    public static List<Path> expand(List<String> arguments) {
        Set<Path> files = new LinkedHashSet<>();
        for (String a : arguments) {
            if (isGlob(a)) {
                List<Path> m = glob(a);
                if (m.isEmpty()) {
                    throw new InvalidValueException("no file matches '" + a + "'");
                }
                files.addAll(m);
                continue;
            }
            Path p = Paths.get(a);
            if (Files.isDirectory(p)) {
                List<Path> inDir = walk(p, Integer.MAX_VALUE, x -> true);
                if (inDir.isEmpty()) {
                    throw new InvalidValueException("the directory '" + a + "' holds no files to import");
                }
                files.addAll(inDir);
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new InvalidValueException("no such file or directory: '" + a + "'");
            }
        }
        return new ArrayList<>(files);
    }

    static boolean isGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
    }

    private static List<Path> glob(String pattern) {
        String normalized = pattern.replace('\\', '/');
        String[] parts = normalized.split("/");
        int fixed = 0;
        while (fixed < parts.length - 1 && !isGlob(parts[fixed])) {
            fixed++;
        }
        String base = String.join("/", java.util.Arrays.copyOf(parts, fixed));
        Path dir = base.isEmpty() ? Paths.get(normalized.startsWith("/") ? "/" : ".") : Paths.get(base);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String rest = String.join("/", java.util.Arrays.copyOfRange(parts, fixed, parts.length));
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        int depth = rest.contains("**") ? Integer.MAX_VALUE : parts.length - fixed;
        return walk(dir, depth, p -> m.matches(dir.relativize(p)));
    }

    private static List<Path> walk(Path dir, int depth, java.util.function.Predicate<Path> keep) {
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !hidden(dir.relativize(p)))
                    .filter(keep)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}

package org.dyad.model;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The reference material in {@code ../shared}, present on development machines and absent from a
 * user's clone: tests that need it call {@link #path} and are skipped (not failed) without it.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The shared folder, from the {@code dyad.shared} system property or {@code ../shared}. */
    public static Path root() {
        String p = System.getProperty("dyad.shared");
        return p != null ? Paths.get(p) : Paths.get("..", "shared");
    }

    /** A file or folder under the shared folder; skips the calling test when it is absent. */
    public static Path path(String relative) {
        Path p = root().resolve(relative);
        assumeTrue(Files.exists(p), "../shared is absent (" + p + "): skipping");
        return p;
    }
}

package org.dyad.text.io;

import java.nio.file.Path;
import org.dyad.model.UserFacing;

/**
 * A file that cannot be read as a document: empty, binary, unreadable PDF, invalid encoding, a
 * line too long to be text. The message names the file and says what is wrong and what to do.
 */
public final class InputProblem extends RuntimeException implements UserFacing {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public InputProblem(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public InputProblem(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}

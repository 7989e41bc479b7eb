package org.dyad.model.json;

import org.dyad.model.InvalidValueException;

/** Malformed JSON; {@link #column()} is 1-based. */
public class JsonException extends InvalidValueException {
    private static final long serialVersionUID = 1L;
    private final int column;

    public JsonException(String message, int column) {
        super(message);
        this.column = column;
    }

    public int column() {
        return column;
    }
}

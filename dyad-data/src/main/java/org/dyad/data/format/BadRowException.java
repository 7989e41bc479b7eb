package org.dyad.data.format;

/**
 * A row that cannot be read as an event; the message is the reason, written for the quarantine
 * file. Thrown per bad row, so it carries no stack trace.
 */
public final class BadRowException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadRowException(String reason) {
        super(reason, null, false, false);
    }
}

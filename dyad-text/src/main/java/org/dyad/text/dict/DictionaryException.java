package org.dyad.text.dict;

import org.dyad.model.UserFacing;

/** A dictionary file that cannot be read: the message names the file, the line and what is wrong. */
public final class DictionaryException extends RuntimeException implements UserFacing {
    private static final long serialVersionUID = 1L;

    public DictionaryException(String message) {
        super(message);
    }

    public DictionaryException(String message, Throwable cause) {
        super(message, cause);
    }
}

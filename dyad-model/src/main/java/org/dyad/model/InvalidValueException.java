package org.dyad.model;

/**
 * A value given by a user or read from a file is not acceptable. The message names the value,
 * what was wrong with it and what is accepted, so it can be shown to the user as it is.
 */
public class InvalidValueException extends IllegalArgumentException implements UserFacing {
    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(message);
    }

    public InvalidValueException(String message, Throwable cause) {
        super(message, cause);
    }
}

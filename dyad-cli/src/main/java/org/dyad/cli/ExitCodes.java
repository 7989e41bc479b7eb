package org.dyad.cli;

/** Exit statuses of every dyad command. */
public final class ExitCodes {
    /** Done. */
    public static final int OK = 0;
    /** The user's input was wrong: a bad option, an unknown code, a missing or bad file; or some inputs failed. */
    public static final int USER_ERROR = 1;
    /** A defect or an environment failure: the message says so and asks for a report. */
    public static final int INTERNAL_ERROR = 2;

    private ExitCodes() {
    }
}

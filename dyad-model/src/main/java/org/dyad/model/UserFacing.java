package org.dyad.model;

/**
 * Marks an exception whose message is written for the user (what was wrong, what is accepted),
 * so a front end shows the message alone, without a stack trace, and treats it as the user's
 * input rather than a defect.
 */
public interface UserFacing {
}

package org.dyad.web;

import org.dyad.model.UserFacing;

/** An answer other than 200 with a message for the caller: bad parameters (400), nothing found (404)... */
public final class ApiException extends RuntimeException implements UserFacing {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;

    public ApiException(int status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}

package org.dyad.store;

import org.dyad.model.UserFacing;

/**
 * The store cannot be used as asked: the file is locked by another process, damaged, made by a
 * newer Dyad, or a statement failed. The message says which file and what to do; the file is
 * never changed when opening fails.
 */
public class StoreException extends RuntimeException implements UserFacing {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

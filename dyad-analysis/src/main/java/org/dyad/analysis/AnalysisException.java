package org.dyad.analysis;

import org.dyad.model.UserFacing;

/**
 * An analysis that cannot be run on the data given (too short for the lags asked, a constant
 * series, a missing column or date), with a message saying what is needed.
 */
public final class AnalysisException extends RuntimeException implements UserFacing {
    public AnalysisException(String message) {
        super(message);
    }
}

package org.dyad.model;

/**
 * Where imported events go: the store implements it, importers write to it. Each input file is one
 * {@link Batch}, committed whole or not at all, and the sink remembers what it has loaded so that a
 * rerun skips files already committed.
 */
public interface EventSink {

    /** True when content from this source (a path) has been committed before, whatever its hash. */
    boolean hasLoaded(String source);

    /** True when exactly this content, by SHA-256 of the file's bytes, has been committed from this source. */
    boolean hasLoaded(String source, String sha256);

    /** Starts the batch of one input file. */
    Batch begin(Origin origin, String source);

    /** The events of one file: nothing is visible in the sink until {@link #commit}. */
    interface Batch extends AutoCloseable {
        void add(Event e);

        /** Events added so far. */
        long added();

        /**
         * Stores the events added, without exact duplicates and with near-duplicates collapsed,
         * records the file, and commits, all at once.
         *
         * @param sha256 the hash of the file's bytes, by which a rerun recognises it
         * @param rowsRead rows (records) read from the file, filtered out ones included
         * @param rowsQuarantined rows rejected as bad
         * @param note a short remark stored with the record of the file, or null
         */
        Committed commit(String sha256, long rowsRead, long rowsQuarantined, String note);

        /** Discards everything added unless committed. */
        @Override
        void close();
    }

    /**
     * What a commit kept.
     *
     * @param kept events stored as new
     * @param duplicates events dropped because their id was already stored or repeated in the file
     * @param collapsed events merged into another event of the same day, actors and code
     */
    record Committed(long kept, long duplicates, long collapsed) {
    }
}

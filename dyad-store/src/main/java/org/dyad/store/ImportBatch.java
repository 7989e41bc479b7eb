package org.dyad.store;

/**
 * One load into the store: a file imported, a document extracted, a case study seeded. Events
 * carry their batch id; a batch is committed whole or not at all.
 *
 * @param source what was loaded (a path, or {@code case-study:irn-aze})
 * @param sha256 the content hash, so that loading the same content again can be recognised
 */
public record ImportBatch(long id, String origin, String source, String sha256, String status,
                          long rowsRead, long rowsKept, long rowsDuplicate, long rowsQuarantined, String note) {

    public static ImportBatch of(String origin, String source, String sha256) {
        return new ImportBatch(0, origin, source, sha256, "running", 0, 0, 0, 0, null);
    }

    public ImportBatch withCounts(long read, long kept, long duplicate, long quarantined) {
        return new ImportBatch(id, origin, source, sha256, status, read, kept, duplicate, quarantined, note);
    }

    public ImportBatch withNote(String n) {
        return new ImportBatch(id, origin, source, sha256, status, rowsRead, rowsKept, rowsDuplicate,
                rowsQuarantined, n);
    }

    ImportBatch withId(long newId) {
        return new ImportBatch(newId, origin, source, sha256, status, rowsRead, rowsKept, rowsDuplicate,
                rowsQuarantined, note);
    }

    ImportBatch withStatus(String s) {
        return new ImportBatch(id, origin, source, sha256, s, rowsRead, rowsKept, rowsDuplicate, rowsQuarantined,
                note);
    }
}

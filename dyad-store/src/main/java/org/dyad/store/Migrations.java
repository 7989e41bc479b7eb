package org.dyad.store;

import java.util.List;

/**
 * The schema as a list of migrations; migration {@code i} (1-based) brings a store from version
 * {@code i-1} to {@code i}. A store records its version in {@code dyad_meta}; opening runs the
 * missing migrations in one transaction and refuses a store newer than this build.
 * Never edit a released migration: add one.
 */
final class Migrations {
    private Migrations() {
    }

    static final List<String[]> STEPS = List.<String[]>of(
        // 1: events, documents, actors, phases, import batches
        new String[] {
            "CREATE TABLE events ("
                + " id VARCHAR NOT NULL,"
                + " date VARCHAR, date_end VARCHAR, precision VARCHAR,"
                + " day_start DATE, day_end DATE,"
                + " date_text VARCHAR,"
                + " source VARCHAR, target VARCHAR, source_country VARCHAR, target_country VARCHAR,"
                + " source_name VARCHAR, source_role VARCHAR, target_name VARCHAR, target_role VARCHAR,"
                + " code VARCHAR, root VARCHAR, quad_class TINYINT, goldstein DOUBLE,"
                + " dimensions VARCHAR[], location VARCHAR, quantities VARCHAR, modality VARCHAR,"
                + " origin VARCHAR NOT NULL, origin_ref VARCHAR,"
                + " doc VARCHAR, char_start INTEGER, char_end INTEGER, quote VARCHAR, citation VARCHAR,"
                + " summary VARCHAR, confidence DOUBLE, reports INTEGER NOT NULL, report_ids VARCHAR[],"
                + " flags VARCHAR[], batch_id BIGINT, source_level VARCHAR, target_level VARCHAR)",
            "CREATE TABLE documents ("
                + " id VARCHAR PRIMARY KEY, path VARCHAR, kind VARCHAR, title VARCHAR, sha256 VARCHAR,"
                + " chars BIGINT, date VARCHAR, added TIMESTAMP, text VARCHAR)",
            "CREATE TABLE actors ("
                + " id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, kind VARCHAR, country VARCHAR,"
                + " aliases VARCHAR[], source VARCHAR, dictionary VARCHAR)",
            "CREATE TABLE actor_roles ("
                + " actor_id VARCHAR NOT NULL, title VARCHAR NOT NULL, country VARCHAR, sector VARCHAR,"
                + " level VARCHAR, date_from VARCHAR, date_to VARCHAR, day_from DATE, day_to DATE)",
            "CREATE TABLE phases ("
                + " id VARCHAR NOT NULL, country_a VARCHAR NOT NULL, country_b VARCHAR NOT NULL,"
                + " label VARCHAR, date VARCHAR, date_end VARCHAR, day_start DATE, day_end DATE,"
                + " tone VARCHAR, level INTEGER, citation VARCHAR, summary VARCHAR, origin VARCHAR)",
            "CREATE SEQUENCE batch_ids START 1",
            "CREATE TABLE import_batches ("
                + " id BIGINT PRIMARY KEY, origin VARCHAR, source VARCHAR, sha256 VARCHAR,"
                + " started TIMESTAMP, finished TIMESTAMP, rows_read BIGINT, rows_kept BIGINT,"
                + " rows_duplicate BIGINT, rows_quarantined BIGINT, status VARCHAR, note VARCHAR)",
        },
        // 2: the unordered pair of countries as one column ("AZE-IRN"), so that a pair's events are
        // found by one equality that DuckDB pushes into the scan, and so the table can be clustered
        // by pair (see DyadStore.optimize) for zone maps to skip all other pairs' rows
        new String[] {
            "CREATE MACRO dyad_pair(a, b) AS CASE WHEN a IS NULL OR b IS NULL THEN NULL"
                + " WHEN a <= b THEN a || '-' || b ELSE b || '-' || a END",
            "ALTER TABLE events ADD COLUMN pair VARCHAR",
            "UPDATE events SET pair = dyad_pair(source_country, target_country)",
        });

    static int latest() {
        return STEPS.size();
    }
}

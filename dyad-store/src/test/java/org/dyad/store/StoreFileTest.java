package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFileTest {
    @TempDir
    Path home;

    @Test
    void aNewStoreIsAtTheLatestSchemaAndReopens() {
        try (DyadStore s = DyadStore.open(home)) {
            assertThat(s.schemaVersion()).isEqualTo(Migrations.latest());
            s.setMeta("probe", "kept");
        }
        try (DyadStore s = DyadStore.open(home)) {
            assertThat(s.meta("probe")).isEqualTo("kept");
        }
    }

    @Test
    void anOlderStoreIsMigratedOnOpen() {
        // a store as version 0 would have left it: only the metadata table
        try (DyadStore s = DyadStore.open(home)) {
            for (String t : new String[] {"events", "documents", "actors", "actor_roles", "phases", "import_batches"}) {
                s.execute("DROP TABLE " + t);
            }
            s.execute("DROP SEQUENCE batch_ids");
            s.execute("DROP MACRO dyad_pair");
            s.setMeta("schema_version", "0");
        }
        try (DyadStore s = DyadStore.open(home)) {
            assertThat(s.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(s.events().count(EventQuery.all())).isZero();
        }
    }

    @Test
    void aVersionOneStoreGetsThePairColumnFilledFromItsEvents() {
        try (DyadStore s = DyadStore.open(home)) {
            try (EventWriter w = s.writer(ImportBatch.of("test", "v1", "x"))) {
                w.add(EventQueryTest.ev("a", "1993-10-26", "IRNGOV", "AZE", "042", org.dyad.model.Origin.TEXT));
                w.add(EventQueryTest.ev("b", "1994", "TURGOV", "AZE", "057", org.dyad.model.Origin.TEXT));
                w.commit();
            }
            // back to version 1: no pair column, no macro
            s.execute("ALTER TABLE events DROP COLUMN pair");
            s.execute("DROP MACRO dyad_pair");
            s.setMeta("schema_version", "1");
        }
        try (DyadStore s = DyadStore.open(home)) {
            assertThat(s.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(s.events().query(EventQuery.builder().pair("AZE", "IRN").build())).extracting(e -> e.id())
                    .containsExactly("a");
            assertThat(s.events().count(EventQuery.builder().directed("TUR", "AZE").build())).isEqualTo(1);
        }
    }

    @Test
    void optimizeClustersByPairAndKeepsEveryEvent() {
        try (DyadStore s = DyadStore.open(home)) {
            try (EventWriter w = s.writer(ImportBatch.of("test", "opt", "x"))) {
                for (int i = 0; i < 500; i++) {
                    String[] c = {"IRN", "AZE", "TUR", "RUS"};
                    w.add(EventQueryTest.ev("e" + i, (1990 + i % 20) + "", c[i % 4] + "GOV",
                            c[(i % 4 + 1 + (i / 4) % 3) % 4], "042", org.dyad.model.Origin.TEXT));
                }
                w.commit();
            }
            var before = s.events().query(EventQuery.all());
            assertThat(s.optimize()).isEqualTo(500);
            assertThat(s.clusteredEvents()).isEqualTo(500);
            assertThat(s.events().query(EventQuery.all())).containsExactlyInAnyOrderElementsOf(before);
            // constraints survive the rewrite
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute(
                    "INSERT INTO events (id, origin, reports) VALUES (NULL, 'text', 1)")).isInstanceOf(StoreException.class);
        }
        try (DyadStore s = DyadStore.open(home)) {
            assertThat(s.events().count(EventQuery.builder().pair("IRN", "AZE").build())).isPositive();
        }
    }

    @Test
    void aNewerStoreIsRefusedAndLeftAlone() throws Exception {
        try (DyadStore s = DyadStore.open(home)) {
            s.setMeta("schema_version", "99");
            s.checkpoint();
        }
        byte[] before = Files.readAllBytes(home.resolve(DyadStore.FILE_NAME));
        assertThatThrownBy(() -> DyadStore.open(home)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99").hasMessageContaining("upgrade Dyad");
        assertThat(Files.readAllBytes(home.resolve(DyadStore.FILE_NAME))).isEqualTo(before);
    }

    @Test
    void aDamagedFileIsRefusedAndLeftAlone() throws Exception {
        Files.createDirectories(home);
        Path f = home.resolve(DyadStore.FILE_NAME);
        Files.writeString(f, "this is not a database, but somebody's notes", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DyadStore.open(home)).isInstanceOf(StoreException.class)
                .hasMessageContaining("damaged").hasMessageContaining(f.toString());
        assertThat(Files.readString(f)).startsWith("this is not a database");
    }

    @Test
    void aTruncatedDatabaseIsRefused() throws Exception {
        try (DyadStore s = DyadStore.open(home)) {
            s.execute("CREATE TABLE filler AS SELECT range AS x FROM range(100000)");
            s.checkpoint();
        }
        Path f = home.resolve(DyadStore.FILE_NAME);
        byte[] all = Files.readAllBytes(f);
        byte[] cut = java.util.Arrays.copyOf(all, 4096 * 3);
        java.util.Arrays.fill(cut, 4096, cut.length, (byte) 0x5a);
        Files.write(f, cut);
        assertThatThrownBy(() -> {
            try (DyadStore s = DyadStore.open(home)) {
                s.events().count(EventQuery.all());
            }
        }).isInstanceOf(StoreException.class).hasMessageContaining(f.getFileName().toString());
    }

    /** A second process holding the store makes opening fail with a clear message. */
    @Test
    void aStoreLockedByAnotherProcessIsRefused() throws Exception {
        try (DyadStore s = DyadStore.open(home)) {
            s.checkpoint();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), home.toString()).redirectErrorStream(true).start();
        try {
            // wait until the holder says it has the store open
            byte[] buf = new byte[16];
            int n = holder.getInputStream().read(buf);
            assertThat(new String(buf, 0, Math.max(n, 0), StandardCharsets.UTF_8)).startsWith("open");
            assertThatThrownBy(() -> DyadStore.open(home)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("in use by another process");
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        try (DyadStore s = DyadStore.open(home)) {
            assertThat(s.schemaVersion()).isEqualTo(Migrations.latest());
        }
    }

    /** Run in a child process by the lock test. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            try (DyadStore s = DyadStore.open(Path.of(args[0]))) {
                System.out.print("open");
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }

}

package org.dyad.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.model.InvalidValueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code dyad spark ...}: runs dyad-spark's command line in a separate JVM on dyad-spark's own
 * classpath (its job jar and Spark's libraries in {@code dyad-spark/target/spark-lib}), so that this
 * jar never holds Spark, Scala or Spark's Jackson. Arguments pass through unchanged.
 */
@Command(name = "spark",
        description = {"Extraction, import and series as Apache Spark jobs (local[N] on this machine, or a cluster via"
            + " spark-submit), in their own JVM; ./dyad builds dyad-spark on first use. DYAD_SPARK_JAVA_OPTS sets"
            + " its JVM options (default -Xmx4g -XX:+UseParallelGC).", "",
            "Commands ('dyad spark COMMAND --help' for each):",
            "  import   event datasets into Parquet by year, as 'dyad import' (same events, same quarantine)",
            "  extract  coded events from documents into Parquet by year, as 'dyad extract'",
            "  series   a pair's series from Parquet in Spark SQL, the figures of 'dyad series'",
            "  bench    local[1] against local[2] on the same synthetic input"},
        footer = {"", "Examples:",
            "  dyad spark import gdelt1 'gdelt/*.zip' --out events/",
            "  dyad spark extract news/ --out text-events/",
            "  dyad spark series IRN AZE --parquet events/ --period year",
            "  dyad spark bench import --rows 1000000",
            "  dyad load events/"})
final class SparkCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (args.isEmpty() || args.equals(List.of("--help")) || args.equals(List.of("-h"))) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return ExitCodes.OK;
        }
        Path target = sparkTarget();
        Path jar = target.resolve("dyad-spark-job.jar");
        Path lib = target.resolve("spark-lib");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            throw new InvalidValueException("dyad-spark is not built (no " + jar + " or " + lib + "): run it through"
                    + " ./dyad, which builds it, or: ./mvnw -q -DskipTests -pl dyad-spark -am package");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String opts = System.getenv("DYAD_SPARK_JAVA_OPTS");
        for (String o : (opts == null || opts.isBlank() ? "-Xmx4g -XX:+UseParallelGC" : opts).trim().split("\\s+")) {
            cmd.add(o);
        }
        cmd.add("-Dlog4j2.configurationFile=dyad-spark-log4j2.properties");
        cmd.add("-cp");
        cmd.add(jar + File.pathSeparator + lib + File.separator + "*");
        cmd.add("org.dyad.spark.Main");
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start().waitFor();
    }

    /** dyad-spark/target beside this jar's module ($DYAD_SPARK_TARGET overrides). */
    static Path sparkTarget() {
        String env = System.getenv("DYAD_SPARK_TARGET");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        try {
            Path self = Path.of(SparkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // dyad-cli/target/dyad-cli.jar (or dyad-cli/target/classes) -> dyad-spark/target
            return self.getParent().getParent().getParent().resolve("dyad-spark").resolve("target");
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Path.of("dyad-spark", "target");
        }
    }
}

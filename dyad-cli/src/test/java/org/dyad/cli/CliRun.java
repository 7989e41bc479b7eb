package org.dyad.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the real command line in-process with captured output, against a store in {@code home}. */
public record CliRun(int exit, String out, String err) {

    public static CliRun run(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> a = new ArrayList<>(Arrays.asList(args));
        if (home != null && a.size() > 0 && !a.contains("--help") && !a.get(0).equals("codes")
                && !a.get(0).equals("help")) {
            a.add("--store");
            a.add(home.toString());
        }
        int exit = Dyad.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(a.toArray(String[]::new));
        return new CliRun(exit, out.toString(), err.toString());
    }
}

package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.model.ontology.Country;
import org.dyad.report.HtmlReport;
import org.dyad.report.PairReport;
import org.dyad.report.TerminalSummary;
import org.dyad.store.DyadStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Summarise the relationship of two countries in the terminal and write a self-contained"
            + " HTML report (works offline).",
            "Figures cover events in either direction; filters narrow them."},
        footer = {"", "Example:", "  dyad report IRN AZE -o irn-aze.html --from 1991 --to 2004"})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", converter = CountryConverter.class, description = "First country.")
    Country a;

    @Parameters(index = "1", paramLabel = "B", converter = CountryConverter.class, description = "Second country.")
    Country b;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "HTML file to write (default: dyad-report-A-B.html in the current directory).")
    Path output;

    @Option(names = "--no-html", description = "Print the summary only.")
    boolean noHtml;

    @Mixin
    StoreOptions store;

    @Mixin
    EventFilterOptions filters;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (DyadStore s = store.open()) {
            PairReport r = PairReport.build(s, a, b, filters.query(a, b, false));
            TerminalSummary.print(r, out);
            if (!noHtml) {
                Path file = output != null ? output : Path.of("dyad-report-" + a.cameo() + "-" + b.cameo() + ".html");
                HtmlReport.write(r, file);
                out.println();
                out.println("HTML report: " + file.toAbsolutePath());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}

package org.dyad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.model.Sector;
import org.dyad.model.ontology.CameoEventType;
import org.dyad.model.ontology.Country;
import org.dyad.model.ontology.Ontology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "codes", mixinStandardHelpOptions = true,
        description = {"Look up the code tables: CAMEO event codes (with Goldstein weights, quad class and PLOVER"
            + " type), countries (CAMEO, ISO, FIPS, COW, G&W codes and dates of existence) and actor sectors."},
        footer = {"", "Examples:", "  dyad codes events 04", "  dyad codes events agreement",
            "  dyad codes countries azer", "  dyad codes sectors"})
final class CodesCommand implements Callable<Integer> {
    enum Table { events, countries, sectors }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TABLE", defaultValue = "events",
            description = "events, countries or sectors (default: ${DEFAULT-VALUE}).")
    Table table;

    @Parameters(index = "1", arity = "0..1", paramLabel = "QUERY",
            description = "A code prefix or words of the name to look for.")
    String query;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String q = query == null ? null : query.toLowerCase(Locale.ROOT);
        int n = 0;
        switch (table) {
            case events:
                out.printf("%-5s %-4s %-6s %-6s %-9s %s%n", "code", "quad", "gdelt", "icews", "plover", "name");
                for (CameoEventType t : Ontology.standard().cameo().all()) {
                    if (q == null || t.code().code().startsWith(q) || t.name().toLowerCase(Locale.ROOT).contains(q)) {
                        out.printf(Locale.ROOT, "%-5s %-4d %+6.1f %+6.1f %-9s %s%s%n", t.code(), t.quadClass().number(),
                                t.goldsteinGdelt(), t.goldsteinIcews(), t.ploverEvent(),
                                "  ".repeat(t.level()), t.name());
                        n++;
                    }
                }
                break;
            case countries:
                out.printf("%-5s %-5s %-3s %-4s %-4s %-4s %-22s %-11s %-11s %s%n", "cameo", "iso3", "iso2", "fips",
                        "cow", "gw", "name", "from", "to", "capital");
                for (Country c : Ontology.standard().countries().all()) {
                    if (q == null || c.cameo().equalsIgnoreCase(q) || c.iso3().equalsIgnoreCase(q)
                            || c.name().toLowerCase(Locale.ROOT).contains(q)
                            || c.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(q))) {
                        out.printf("%-5s %-5s %-3s %-4s %-4s %-4s %-22s %-11s %-11s %s%n", c.cameo(), c.iso3(), c.iso2(),
                                c.fips(), c.cow() == null ? "" : c.cow(), c.gw() == null ? "" : c.gw(), c.name(),
                                c.existsFrom() == null ? "" : c.existsFrom(), c.existsTo() == null ? "" : c.existsTo(),
                                c.capital());
                        n++;
                    }
                }
                break;
            default:
                for (Sector s : Sector.values()) {
                    if (q == null || s.name().toLowerCase(Locale.ROOT).startsWith(q)
                            || s.label().toLowerCase(Locale.ROOT).contains(q)) {
                        out.printf("%-4s %s%n", s.name(), s.label());
                        n++;
                    }
                }
        }
        out.println(n + " " + table);
        out.flush();
        return n == 0 ? ExitCodes.USER_ERROR : ExitCodes.OK;
    }
}

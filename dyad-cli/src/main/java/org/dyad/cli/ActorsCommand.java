package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.model.Actor;
import org.dyad.model.Role;
import org.dyad.model.ontology.Country;
import org.dyad.store.DyadStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"List the actor dictionary: persons with the offices they held and when."},
        footer = {"", "Examples:", "  dyad actors", "  dyad actors Aliyev", "  dyad actors --country IRN"})
final class ActorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Part of a name or alias.")
    String name;

    @Option(names = "--country", paramLabel = "C", converter = CountryConverter.class, description = "Only actors of C.")
    Country country;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (DyadStore s = store.open()) {
            List<Actor> actors = s.actors().find(name, country == null ? null : country.cameo());
            for (Actor a : actors) {
                out.printf("%s  %s%s%n", a.country() == null ? "   " : a.country(), a.name(),
                        a.aliases().isEmpty() ? "" : "  (also: " + String.join(", ", a.aliases().stream()
                                .filter(x -> !x.equals(a.name())).toList()) + ")");
                for (Role r : a.roles()) {
                    out.printf("       %-40s %-10s %s – %s%n", r.title(), r.level().id(),
                            r.from() == null ? "?" : r.from().isoStart(),
                            r.to() == null ? "" : r.to().isRange() ? r.to().isoEnd() : r.to().isoStart());
                }
            }
            out.println(actors.size() + " actors");
        }
        out.flush();
        return ExitCodes.OK;
    }
}

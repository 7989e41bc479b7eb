package org.dyad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.model.InvalidValueException;
import org.dyad.model.ontology.Country;
import org.dyad.text.eval.EventEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score extracted events against gold events (both in the event format): precision,"
            + " recall and F1 on events matched by pair of states, overlapping dates and CAMEO root; how many"
            + " matched events have exactly the gold date; how many have its direction.",
            "Gold records may carry 'salience' (core or optional) and 'symmetric'; by default only core gold"
            + " events are scored and a prediction matching an optional one is neither right nor wrong."
            + " Negated events are left out on both sides, as the annotation conventions do not annotate them."},
        footer = {"", "Examples:", "  dyad eval --gold gold.jsonl --pred events.jsonl --pair IRN,AZE",
            "  dyad eval --gold gold.jsonl --pred events.jsonl --all-salience --details"})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold events (JSON Lines).")
    Path gold;

    @Option(names = "--pred", required = true, paramLabel = "FILE", description = "Predicted events (JSON Lines).")
    Path pred;

    @Option(names = "--pair", paramLabel = "A,B", split = ",", converter = CountryConverter.class,
            description = "Score only events between these two states (default: every pair of states).")
    List<Country> pair;

    @Option(names = "--all-salience", description = "Score optional gold events too.")
    boolean allSalience;

    @Option(names = "--details", description = "List matches, missed gold events and extra predictions.")
    boolean details;

    @Override
    public Integer call() {
        if (pair != null && pair.size() != 2) {
            throw new InvalidValueException("--pair takes two states, such as IRN,AZE");
        }
        EventEval.Report r = EventEval.run(EventEval.readGold(gold), EventEval.readPredicted(pred),
                new EventEval.Options(pair == null ? null : pair.get(0).cameo(), pair == null ? null : pair.get(1).cameo(),
                        !allSalience));
        spec.commandLine().getOut().print(EventEval.format(r, details));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}

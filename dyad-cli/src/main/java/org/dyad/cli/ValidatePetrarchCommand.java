package org.dyad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.text.eval.PetrarchValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate-petrarch", mixinStandardHelpOptions = true,
        description = {"Code a PETRARCH validation file (such as PETR.UnitTest.records.xml) with the dictionaries"
            + " its <Environment> names, found beside it, honouring its <Config> options, and score it as"
            + " UniversalPetrarch's validation does: per category, the expected events found and uncoded and the"
            + " extra events coded. Parses inside the records are ignored: Dyad codes the <Text>."},
        footer = {"", "Example:", "  dyad validate-petrarch validation/petrarch-unit/PETR.UnitTest.records.xml --details"})
final class ValidatePetrarchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RECORDS", description = "The validation records file.")
    Path records;

    @Option(names = "--details", description = "List every record with an uncoded or extra event.")
    boolean details;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(PetrarchValidation.format(PetrarchValidation.run(records), details));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}

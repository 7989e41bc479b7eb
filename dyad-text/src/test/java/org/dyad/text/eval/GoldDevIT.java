package org.dyad.text.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.text.TextExtractor;
import org.dyad.text.code.CoderOptions;
import org.dyad.text.dict.BuiltInDictionaries;
import org.dyad.model.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The paper's first 362 lines against the development gold: the figures the issue sets for core
 * Iran-Azerbaijan events. The lines are cut from the paper at run time; nothing of it is stored.
 */
class GoldDevIT {
    @Test
    void coreIranAzerbaijanEventsAreFoundWithExactDates(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path paper = SharedData.path("corpus/iran-azerbaijan-relations-1979-2000s.txt");
        Path gold = SharedData.path("gold-dev/seed_events.dev.jsonl");
        List<String> lines = java.nio.file.Files.readAllLines(paper);
        Path dev = dir.resolve("dev.txt");
        java.nio.file.Files.write(dev, lines.subList(0, 362));
        TextExtractor x = new TextExtractor(BuiltInDictionaries.load(BuiltInDictionaries.Overrides.NONE),
                new TextExtractor.Options(null, null, null, null, CoderOptions.narrative()));
        List<Event> predicted = new ArrayList<>();
        x.extract(dev, e -> predicted.add(e.event()));
        EventEval.Report r = EventEval.run(EventEval.readGold(gold), predicted, new EventEval.Options("IRN", "AZE", true));
        String report = EventEval.format(r, true);
        assertThat(r.f1()).as(report).isGreaterThanOrEqualTo(0.90);
        assertThat(r.dateExactRate()).as(report).isGreaterThanOrEqualTo(0.90);
    }
}

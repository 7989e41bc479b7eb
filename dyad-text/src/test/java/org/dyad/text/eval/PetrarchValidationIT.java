package org.dyad.text.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dyad.model.SharedData;
import org.junit.jupiter.api.Test;

/** PETRARCH's unit-test records coded with their own dictionaries, scored as UniversalPetrarch scores them. */
class PetrarchValidationIT {
    @Test
    void findsMostExpectedEventsWithFewExtras() {
        Path records = SharedData.path("validation/petrarch-unit/PETR.UnitTest.records.xml");
        PetrarchValidation.Report r = PetrarchValidation.run(records);
        assertThat(r.total().records()).isGreaterThan(250);
        assertThat(r.total().foundRate()).as(PetrarchValidation.format(r, false)).isGreaterThanOrEqualTo(0.85);
        assertThat(r.total().extraPerRecord()).as(PetrarchValidation.format(r, false)).isLessThanOrEqualTo(0.10);
    }
}

package org.dyad.data.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.Origin;
import org.dyad.model.QuadClass;
import org.dyad.model.SharedData;
import org.junit.jupiter.api.Test;

class GdeltParserTest {
    private final Normalizer norm = new Normalizer();

    @Test
    void readsEveryRowOfTheHistoricalBackfileSample() {
        Rows r = Rows.parse(EventFormat.GDELT1.parser(norm, null),
                SharedData.path("datasets/samples/gdelt1_historical_57col_reed9999.tsv"));
        assertThat(r.bad).isEmpty();
        assertThat(r.events).hasSize(201);
        assertThat(r.events).allSatisfy(e -> {
            assertThat(e.origin()).isEqualTo(Origin.GDELT1);
            assertThat(e.id()).isEqualTo("gdelt1:" + e.originRef());
            assertThat(e.date().year()).isEqualTo(1982);
            assertThat(e.code()).isNotNull();
            assertThat(e.quadClass()).isNotNull();
            assertThat(e.goldstein()).isNotNull();
        });
    }

    @Test
    void theTabrizEventOf1982IsKeptAndFlaggedAsAnAnachronismInIranianAzerbaijan() {
        Rows r = Rows.parse(EventFormat.GDELT1.parser(norm, null),
                SharedData.path("datasets/samples/gdelt1_historical_57col_reed9999.tsv"));
        Event e = r.byRef("1553169");
        assertThat(e.sourceCountry()).isEqualTo("IRN");
        assertThat(e.targetCountry()).isEqualTo("AZE");
        assertThat(e.code().code()).isEqualTo("013");
        assertThat(e.goldstein()).isEqualTo(0.4);
        assertThat(e.date().isoStart()).isEqualTo("1982-01-02");
        assertThat(e.flags()).contains(Normalizer.ANACHRONISM);
        assertThat(e.sourceName()).isEqualTo("TABRIZ");
    }

    @Test
    void dailyRowsCarryTheirSourceUrlAndLeadingZeros() {
        Rows r = Rows.parse(EventFormat.GDELT1.parser(norm, null),
                SharedData.path("datasets/samples/gdelt1_daily_20160728_58col_reed9999.tsv"));
        assertThat(r.bad).isEmpty();
        assertThat(r.events).hasSize(509);
        Event first = r.byRef("564111644");
        assertThat(first.code().code()).isEqualTo("010");
        assertThat(first.provenance().doc()).startsWith("http://wtop.com/");
        assertThat(first.quantities()).containsEntry("mentions", 2.0).containsEntry("articles", 2.0);
        assertThat(first.location()).contains("National Postal Museum");
        assertThat(r.byRef("564111654").code().code()).isEqualTo("0834");
        assertThat(r.events).noneMatch(e -> e.flags().contains(Normalizer.ANACHRONISM) && e.date().year() > 1992);
    }

    @Test
    void gdelt2RowsHaveSixtyOneColumns() {
        Rows r = Rows.parse(EventFormat.GDELT2.parser(norm, null),
                SharedData.path("datasets/samples/gdelt2_20180326044500.export.CSV"));
        assertThat(r.bad).isEmpty();
        assertThat(r.events).hasSize(1540);
        Event e = r.byRef("741917022");
        assertThat(e.id()).isEqualTo("gdelt2:741917022");
        assertThat(e.source().code()).isEqualTo("BUS");
        assertThat(e.target().code()).isEqualTo("MNCUSA");
        assertThat(e.targetCountry()).isEqualTo("USA");
        assertThat(e.quadClass()).isEqualTo(QuadClass.MATERIAL_COOPERATION);
        assertThat(e.location()).isEqualTo("India");
        assertThat(e.provenance().doc()).startsWith("https://yourstory.com/");
    }

    @Test
    void aGdelt1FileReadAsGdelt2IsRejectedRowByRowWithTheFieldCount() {
        Rows r = Rows.parse(EventFormat.GDELT2.parser(norm, null),
                SharedData.path("datasets/samples/gdelt1_daily_20160728_58col_reed9999.tsv"));
        assertThat(r.events).isEmpty();
        assertThat(r.bad.get(0)).contains("expected 61 tab-separated fields").contains("found 58");
    }

    @Test
    void badValuesAreNamed() {
        String good = "1\t19820102\t198201\t1982\t1982.0055\tIRN\tIRAN\tIRN\t\t\t\t\t\t\t\tAZE\tAZERBAIJAN\tAZE"
                + "\t\t\t\t\t\t\t\t1\t013\t013\t01\t1\t0.4\t1\t1\t1\t0\t0\t\t\t\t\t\t\t0\t\t\t\t\t\t\t0\t\t\t\t\t\t\t20130203";
        List<String> lines = List.of(good, good.replace("\t013\t", "\t13y\t"), good.replace("19820102", "19821302"),
                good.replace("\t0.4\t", "\t11\t"), good.replace("\tIRN\tIRAN", "\tIR\tIRAN"),
                good.replace("\t1\t0.4", "\t7\t0.4"), "GLOBALEVENTID\tSQLDATE", String.join(",", good.split("\t")));
        Rows r = Rows.parse(EventFormat.GDELT1.parser(norm, null), lines);
        assertThat(r.events).hasSize(1);
        assertThat(r.bad).hasSize(7);
        assertThat(r.bad.get(0)).contains("EventCode '13y' is not a CAMEO event code");
        assertThat(r.bad.get(1)).contains("SQLDATE '19821302' is not a date");
        assertThat(r.bad.get(2)).contains("GoldsteinScale '11' is not a weight between -10 and 10");
        assertThat(r.bad.get(3)).contains("Actor1Code 'IR' is not a CAMEO actor code");
        assertThat(r.bad.get(4)).contains("QuadClass '7'");
        assertThat(r.bad.get(5)).contains("expected 57 or 58");
        assertThat(r.bad.get(6)).contains("comma-separated");
    }

    @Test
    void aHeaderRowIsReportedNotTakenForData() {
        Rows r = Rows.parse(EventFormat.GDELT1.parser(norm, null), List.of("GLOBALEVENTID\tSQLDATE\tMonthYear"));
        assertThat(r.bad).singleElement().asString().contains("a header row, but GDELT event files have none");
    }
}

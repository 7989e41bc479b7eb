package org.dyad.data.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.InvalidValueException;
import org.dyad.model.Precision;
import org.dyad.model.QuadClass;
import org.dyad.model.SharedData;
import org.junit.jupiter.api.Test;

/** Phoenix, POLECAT and CSV rows, written after the schemas in datasets/schemas (no real rows exist). */
class PhoenixPolecatCsvTest {
    private final Normalizer norm = new Normalizer();

    static String oeda(String id, String date, String src, String srcRoot, String tgt, String tgtRoot, String code,
                       String quad, String goldstein) {
        return String.join("\t", id, date, date.substring(0, 4), date.substring(4, 6), date.substring(6), src, srcRoot,
                src.length() > 3 ? src.substring(3) : "", "", tgt, tgtRoot, tgt.length() > 3 ? tgt.substring(3) : "", "",
                code, code.substring(0, 2), quad, goldstein, "", "38.08", "46.29", "Tabriz", "East Azerbaijan", "IRN",
                "abc123;def456", "http://example.org/a;http://example.org/b", "AFP;Reuters");
    }

    @Test
    void oedaPhoenixQuadZeroIsVerbalCooperationAndPlaceholderRootsLoseTheirCountry() {
        Rows r = Rows.parse(EventFormat.PHOENIX.parser(norm, null), List.of(
                oeda("1_1", "20150310", "IRNGOV", "IRN", "AZEGOV", "AZE", "010", "0", "0.0"),
                oeda("2_1", "20150310", "---GOV", "---", "AZE", "AZE", "042", "1", "1.9"),
                oeda("3_1", "20150311", "IRNMIL", "IRN", "AZE", "AZE", "190", "5", "-10")));
        assertThat(r.events).hasSize(2);
        Event a = r.events.get(0);
        assertThat(a.id()).isEqualTo("phoenix:1_1");
        assertThat(a.quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
        assertThat(a.between("IRN", "AZE")).isTrue();
        assertThat(a.provenance().doc()).isEqualTo("http://example.org/a");
        assertThat(a.location()).isEqualTo("Tabriz, East Azerbaijan, IRN");
        Event b = r.events.get(1);
        assertThat(b.source().code()).isEqualTo("GOV");
        assertThat(b.sourceCountry()).isNull();
        assertThat(r.bad).singleElement().asString().contains("QuadClass '5' is not 0 to 4");
    }

    @Test
    void clineHistoricalPhoenixAsQuotedCsvWithItsHeader() {
        String header = "eid,story_date,year,month,day,source,source_root,source_agent,source_others,target,target_root,"
                + "target_agent,target_others,code,root_code,quad_class,goldstein,joined_issues,lat,lon,placename,"
                + "statename,countryname,aid,process";
        String row = "SWB0004503,01/02/1980,1980,1,2,IRNGOV,IRN,GOV,,AZE,AZE,,,012,01,0,-0.4,,38.08,46.29,\"Tabriz, East\","
                + ",IRN,123456789,";
        Rows r = Rows.parse(EventFormat.PHOENIX.parser(norm, null), List.of(header, row));
        assertThat(r.bad).isEmpty();
        Event e = r.events.get(0);
        assertThat(e.id()).isEqualTo("phoenix:SWB0004503");
        assertThat(e.date().isoStart()).isEqualTo("1980-01-02");
        assertThat(e.flags()).contains(Normalizer.ANACHRONISM);
        assertThat(e.location()).isEqualTo("Tabriz, East, IRN");
        assertThat(e.provenance().doc()).isEqualTo("123456789");
    }

    static final String POLECAT_HEADER = Headers.POLECAT;

    static String polecat(String id, String type, String mode, String quad, String actorCountry, String recipient) {
        return String.join("\t", id, "2019-05-02", type, mode, "3", quad, "diplomatic", "Hassan Rouhani", actorCountry,
                "630", "Government", "Government;Executive", "President", "Rouhani", "Q1", "Ilham Aliyev", recipient, "373",
                "Government", "Government", "President", "Aliyev", "Q2", "Baku", "Baku", "None", "Baku", "AZE", "40.4",
                "49.9", "587084", "Baku", "PPLC", "story-77", "2019-05-02", "", "", "", "en", "1.0") + "\t\t";
    }

    @Test
    void polecatTypesAreMappedToCameoAndTheirQuadCodesKept() {
        Rows r = Rows.parse(EventFormat.POLECAT.parser(norm, null), List.of(POLECAT_HEADER,
                polecat("p1", "CONSULT", "visit", "VERBAL COOPERATION", "IRN", "AZE"),
                polecat("p2", "sanction", "None", "MATERIAL CONFLICT", "IRN;SYR", "None"),
                polecat("p3", "HUG", "", "VERBAL COOPERATION", "IRN", "AZE")));
        assertThat(r.headers).isEqualTo(1);
        Event visit = r.events.get(0);
        assertThat(visit.id()).isEqualTo("polecat:p1");
        assertThat(visit.code().code()).isEqualTo("042");
        assertThat(visit.source().code()).isEqualTo("IRNGOV");
        assertThat(visit.sourceRole()).isEqualTo("President");
        assertThat(visit.targetCountry()).isEqualTo("AZE");
        assertThat(visit.flags()).contains(PloverMapping.FLAG);
        assertThat(visit.summary()).isEqualTo("PLOVER CONSULT/visit (diplomatic)");
        assertThat(visit.quantities()).containsEntry("plover_intensity", 3.0);
        assertThat(visit.provenance().doc()).isEqualTo("story-77");
        Event sanction = r.events.get(1);
        assertThat(sanction.code().root()).isEqualTo("16");
        assertThat(sanction.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
        assertThat(sanction.flags()).contains(PolecatParser.SEVERAL_COUNTRIES);
        assertThat(sanction.targetCountry()).isNull();
        assertThat(r.bad).singleElement().asString().contains("'HUG' is not a PLOVER event type");
    }

    @Test
    void theHiveAggregateReadsThroughAColumnMapping() throws IOException {
        List<String> lines = Files.readAllLines(
                SharedData.path("datasets/samples/gdelt1_hive_dyad_events_by_year_first5k_reed9999.tsv"));
        Rows r = Rows.parse(EventFormat.CSV.parser(norm,
                "date=Year,source=Actor1Code,target=Actor2Code,code=EventCode,goldstein=GoldsteinScale,"
                        + "reports=count_events"), lines);
        assertThat(r.bad).isEmpty();
        assertThat(r.events).hasSize(5000);
        Event e = r.events.stream().filter(x -> x.between("IRN", "AZE") && x.date().year() == 1980).findFirst()
                .orElseThrow();
        assertThat(e.date().precision()).isEqualTo(Precision.YEAR);
        assertThat(e.code().code()).isEqualTo("012");
        assertThat(e.reports()).isEqualTo(2);
        assertThat(e.flags()).contains(Normalizer.ANACHRONISM);
        assertThat(e.id()).startsWith("csv:");
    }

    @Test
    void theIcewsKnowledgeGraphTriplesReadWithoutAHeader() throws IOException {
        List<String> lines = Files.readAllLines(
                SharedData.path("datasets/samples/icews_tkg/de-simple_icews14_test.txt"));
        Rows r = Rows.parse(EventFormat.CSV.parser(norm, "header=no,source_name=1,event_text=2,target_name=3,date=4"),
                lines);
        assertThat(r.bad).isEmpty();
        assertThat(r.events).hasSize(lines.size());
        assertThat(r.events.stream().filter(e -> e.between("IRN", "AZE"))).hasSize(3);
        Event e = r.events.stream().filter(x -> x.between("IRN", "AZE") && "2014-04-20".equals(x.date().isoStart()))
                .findFirst().orElseThrow();
        assertThat(e.sourceName()).isEqualTo("Justice Department/Ministery (Azerbaijan)");
        assertThat(e.code().code()).isEqualTo("057");
    }

    @Test
    void csvQuotingAndMappingErrorsAreClear() {
        Rows r = Rows.parse(EventFormat.CSV.parser(norm, null), List.of("date,source,target,code,summary",
                "1993-10-26,IRN,AZE,042,\"Rafsanjani, in Baku, \"\"historic\"\"\"", "1993-10,IRNGOV,AZE,057,"));
        assertThat(r.bad).isEmpty();
        assertThat(r.events.get(0).summary()).isEqualTo("Rafsanjani, in Baku, \"historic\"");
        assertThat(r.events.get(1).date().precision()).isEqualTo(Precision.MONTH);
        assertThatThrownBy(() -> Rows.parse(EventFormat.CSV.parser(norm, "day=Date"), List.of("Date,a", "1,2")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("unknown field 'day'");
        assertThatThrownBy(() -> Rows.parse(EventFormat.CSV.parser(norm, "date=When"), List.of("Date,a", "1,2")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no column 'When'");
    }
}

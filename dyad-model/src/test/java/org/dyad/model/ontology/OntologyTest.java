package org.dyad.model.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.dyad.model.Event;
import org.dyad.model.Origin;
import org.dyad.model.QuadClass;
import org.junit.jupiter.api.Test;

class OntologyTest {
    private static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT", "NONE");
    private final Ontology o = Ontology.standard();

    @Test
    void everyCameoCodeHasAWeightAQuadClassAndAPloverMapping() {
        assertThat(o.cameo().size()).isGreaterThanOrEqualTo(300);
        for (CameoEventType t : o.cameo().all()) {
            assertThat(t.goldsteinGdelt()).as(t.code() + " gdelt").isBetween(-10.0, 10.0);
            assertThat(t.goldsteinIcews()).as(t.code() + " icews").isBetween(-10.0, 10.0);
            assertThat(t.quadClass()).as(t.code().code()).isNotNull();
            assertThat(t.ploverEvent()).as(t.code() + " plover").isIn(PLOVER);
            assertThat(t.name()).isNotBlank();
            assertThat(t.root()).isEqualTo(t.code().code().substring(0, 2));
        }
        // NONE only for neutral statements, where PLOVER codes no event
        assertThat(o.cameo().all()).filteredOn(t -> t.ploverEvent().equals("NONE"))
                .allMatch(t -> t.root().equals("01"));
    }

    @Test
    void quadClassesFollowTheRoots() {
        for (CameoEventType t : o.cameo().all()) {
            int root = t.code().rootNumber();
            QuadClass expected = root <= 5 ? QuadClass.VERBAL_COOPERATION : root <= 8 ? QuadClass.MATERIAL_COOPERATION
                    : root <= 13 ? QuadClass.VERBAL_CONFLICT : QuadClass.MATERIAL_CONFLICT;
            if (root != 16) { // 16 (reduce relations) is verbal conflict in GDELT's table, as here
                assertThat(t.quadClass()).as(t.code().code()).isEqualTo(expected);
            }
        }
    }

    @Test
    void knownWeights() {
        assertThat(o.cameo().get("042").goldsteinGdelt()).isEqualTo(1.9);
        assertThat(o.cameo().get("057").goldsteinGdelt()).isEqualTo(8.0);
        assertThat(o.cameo().get("042").ploverEvent()).isEqualTo("CONSULT");
        assertThatThrownBy(() -> o.cameo().get("099")).hasMessageContaining("unknown CAMEO event code '099'");
    }

    @Test
    void enrichFillsOnlyWhatIsMissing() {
        Event e = Event.builder().id("x").origin(Origin.CSV).code("057").build();
        Event f = o.cameo().enrich(e, GoldsteinScale.GDELT);
        assertThat(f.goldstein()).isEqualTo(8.0);
        assertThat(f.quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
        Event g = o.cameo().enrich(e.toBuilder().goldstein(3.0).build(), GoldsteinScale.GDELT);
        assertThat(g.goldstein()).isEqualTo(3.0);
    }

    @Test
    void countriesInEveryCodeSystem() {
        Countries c = o.countries();
        Country aze = c.byCameo("AZE").orElseThrow();
        assertThat(aze.iso2()).isEqualTo("AZ");
        assertThat(aze.fips()).isEqualTo("AJ");
        assertThat(aze.cow()).isEqualTo(373);
        assertThat(aze.gw()).isEqualTo(373);
        assertThat(aze.capital()).isEqualTo("Baku");
        assertThat(aze.demonyms()).contains("Azerbaijani");
        assertThat(aze.existedOn(LocalDate.of(1990, 1, 20))).isFalse();
        assertThat(aze.existedOn(LocalDate.of(1993, 10, 26))).isTrue();
        assertThat(c.byFips("IR").orElseThrow().cameo()).isEqualTo("IRN");
        assertThat(c.byCow(630).orElseThrow().cameo()).isEqualTo("IRN");
        assertThat(c.byName("Islamic Republic of Iran").orElseThrow().cameo()).isEqualTo("IRN");
        Country deu = c.byCameo("DEU").orElseThrow();
        assertThat(deu.existedOn(LocalDate.of(1980, 1, 1))).isTrue();
        assertThat(deu.existedOn(LocalDate.of(1947, 1, 1))).isFalse();
        assertThat(c.byCameo("RUS").orElseThrow().existedOn(LocalDate.of(1985, 1, 1))).isTrue();
        Country ussr = c.byCameo("USR").orElseThrow();
        assertThat(ussr.existsTo()).isEqualTo(LocalDate.of(1991, 12, 26));
        assertThat(c.resolve("az").cameo()).isEqualTo("AZE");
        assertThat(c.resolve("Azerbaijan").cameo()).isEqualTo("AZE");
        assertThat(c.resolve("ROU").cameo()).isEqualTo("ROM");
        assertThatThrownBy(() -> c.resolve("XYZ")).hasMessageContaining("unknown country 'XYZ'")
                .hasMessageContaining("IRN");
    }

    @Test
    void everyStateHasIsoAndCowCodes() {
        for (Country k : o.countries().all()) {
            if (k.kind() == Country.Kind.STATE) {
                assertThat(k.iso3()).as(k.cameo()).hasSize(3);
                assertThat(k.cow()).as(k.cameo()).isNotNull();
                assertThat(k.existsFrom()).as(k.cameo()).isNotNull();
                if (k.existsTo() == null) {
                    assertThat(k.existedOn(LocalDate.of(2016, 6, 1))).as(k.cameo() + " exists today").isTrue();
                }
            }
        }
    }
}

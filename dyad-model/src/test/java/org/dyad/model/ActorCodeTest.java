package org.dyad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActorCodeTest {

    @Test
    void splitsRootAndSectors() {
        ActorCode c = ActorCode.of("irngovmil");
        assertThat(c.code()).isEqualTo("IRNGOVMIL");
        assertThat(c.root()).isEqualTo("IRN");
        assertThat(c.parts()).containsExactly("GOV", "MIL");
        assertThat(c.primaryPart()).isEqualTo("GOV");
        assertThat(c.hasSector("MIL")).isTrue();
        assertThat(c.rootOnly()).isEqualTo(ActorCode.of("IRN"));
        assertThat(ActorCode.of("ARN", "GOV").code()).isEqualTo("ARNGOV");
    }

    @Test
    void rejectsMalformedCodes() {
        assertThatThrownBy(() -> ActorCode.of("IR")).hasMessageContaining("'IR'").hasMessageContaining("IRNGOV");
        assertThatThrownBy(() -> ActorCode.of("IRNG")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ActorCode.of("IRN-GOV")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void cameoCodesKeepTheirLeadingZero() {
        assertThat(CameoCode.of("042").root()).isEqualTo("04");
        assertThat(CameoCode.of("0311").isUnder(CameoCode.of("031"))).isTrue();
        assertThatThrownBy(() -> CameoCode.of("42")).hasMessageContaining("roots run from 01 to 20");
        assertThatThrownBy(() -> CameoCode.of("4a")).hasMessageContaining("leading zero");
    }

    @Test
    void roleLevelsFromTitles() {
        assertThat(RoleLevel.fromTitle("President")).isEqualTo(RoleLevel.HEAD_OF_STATE);
        assertThat(RoleLevel.fromTitle("Vice President")).isEqualTo(RoleLevel.OTHER);
        assertThat(RoleLevel.fromTitle("Deputy Minister of Foreign Affairs")).isEqualTo(RoleLevel.DEPUTY_MINISTER);
        assertThat(RoleLevel.fromTitle("Prime Minister")).isEqualTo(RoleLevel.HEAD_OF_GOVERNMENT);
        assertThat(RoleLevel.fromTitle("Foreign Minister")).isEqualTo(RoleLevel.MINISTER);
        assertThat(RoleLevel.fromTitle("Supreme Leader")).isEqualTo(RoleLevel.SUPREME_LEADER);
        assertThat(RoleLevel.fromTitle("Chairman of the Majlis")).isEqualTo(RoleLevel.LEGISLATURE_HEAD);
    }

    @Test
    void rolesAreTimeBounded() {
        Role r = new Role("President", "IRN", "GOV", null, FuzzyDate.parse("1989-08-03"), FuzzyDate.parse("1997-08-03"));
        assertThat(r.level()).isEqualTo(RoleLevel.HEAD_OF_STATE);
        assertThat(r.heldDuring(FuzzyDate.day(1993, 10, 26))).isTrue();
        assertThat(r.heldDuring(FuzzyDate.year(1998))).isFalse();
        assertThat(r.heldDuring(FuzzyDate.year(1997))).isTrue();
        assertThatThrownBy(() -> new Role("President", "IRN", "GOV", null, FuzzyDate.year(1997), FuzzyDate.year(1989)))
                .hasMessageContaining("ends");
    }
}

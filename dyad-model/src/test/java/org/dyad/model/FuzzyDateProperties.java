package org.dyad.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of FuzzyDate's ordering, overlap and formatting, over random dates of every precision. */
class FuzzyDateProperties {

    @Provide
    Arbitrary<FuzzyDate> dates() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1975, 2025);
        Arbitrary<Integer> months = Arbitraries.integers().between(1, 12);
        Arbitrary<Integer> days = Arbitraries.integers().between(1, 28);
        Arbitrary<FuzzyDate> single = Arbitraries.oneOf(
                years.map(FuzzyDate::year),
                Combinators.combine(years, months).as(FuzzyDate::month),
                Combinators.combine(years, months, days).as(FuzzyDate::day),
                Combinators.combine(Arbitraries.of(Season.class), years).as(FuzzyDate::season));
        return Arbitraries.oneOf(single, Combinators.combine(single, single).as((a, b) ->
                a.compareTo(b) <= 0 && !b.latest().isBefore(a.earliest()) ? FuzzyDate.range(a, b) : a));
    }

    @Property
    void orderingIsAntisymmetricAndConsistentWithEquals(@ForAll("dates") FuzzyDate a, @ForAll("dates") FuzzyDate b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
    }

    @Property
    void orderingIsTransitive(@ForAll("dates") FuzzyDate a, @ForAll("dates") FuzzyDate b, @ForAll("dates") FuzzyDate c) {
        if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
            assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
        }
    }

    @Property
    void overlapIsReflexiveAndSymmetric(@ForAll("dates") FuzzyDate a, @ForAll("dates") FuzzyDate b) {
        assertThat(a.overlaps(a)).isTrue();
        assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
    }

    @Property
    void containmentImpliesOverlap(@ForAll("dates") FuzzyDate a, @ForAll("dates") FuzzyDate b) {
        if (a.contains(b)) {
            assertThat(a.overlaps(b)).isTrue();
            assertThat(a.days()).isGreaterThanOrEqualTo(b.days());
        }
    }

    @Property
    void overlapMeansASharedDay(@ForAll("dates") FuzzyDate a, @ForAll("dates") FuzzyDate b) {
        boolean shared = false;
        for (java.time.LocalDate d = a.earliest(); !d.isAfter(a.latest()) && !shared; d = d.plusDays(1)) {
            shared = b.contains(d);
        }
        assertThat(a.overlaps(b)).isEqualTo(shared);
    }

    @Property
    void disjointDatesAreOrderedByTheirSpans(@ForAll("dates") FuzzyDate a, @ForAll("dates") FuzzyDate b) {
        if (a.latest().isBefore(b.earliest())) {
            assertThat(a).isLessThan(b);
            assertThat(a.overlaps(b)).isFalse();
        }
    }

    @Property
    void formattingReadsBack(@ForAll("dates") FuzzyDate a) {
        FuzzyDate back = FuzzyDate.parse(a.isoStart(), a.isoEnd(), a.precision().id());
        assertThat(back).isEqualTo(a);
    }
}

package org.dyad.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dyad.model.InvalidValueException;

class JsonProperties {

    @Property
    void anyStringSurvivesQuoting(@ForAll String s) {
        assertThat(Json.parse(JsonWriter.quote(s))).isEqualTo(s);
    }

    @Property
    void integralAndFractionalNumbersReadBack(@ForAll long l, @ForAll double d) {
        assertThat(Json.parse(Long.toString(l))).isEqualTo(l);
        StringBuilder b = new StringBuilder();
        JsonWriter.number(b, d);
        Object back = Json.parse(b.toString());
        if (!Double.isNaN(d) && !Double.isInfinite(d)) {
            assertThat(((Number) back).doubleValue()).isEqualTo(d == 0 ? 0.0 : d);
        } else {
            assertThat(back).isNull();
        }
    }

    @Provide
    Arbitrary<String> junk() {
        return Arbitraries.strings().withChars("{}[]\":,-0123456789.eEtrufalsn \\u").ofMaxLength(30);
    }

    /** Random junk either parses or fails with a JsonException that names a column; nothing else. */
    @Property(tries = 3000)
    void junkFailsCleanly(@ForAll("junk") String s) {
        try {
            Json.parse(s);
        } catch (JsonException e) {
            assertThat(e.column()).isBetween(1, s.length() + 1);
            assertThat(e.getMessage()).contains("column");
        }
    }

    @Property
    void nestedValuesRoundTrip(@ForAll List<@net.jqwik.api.constraints.AlphaChars String> keys,
                               @ForAll List<Integer> values) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            m.put(keys.get(i), i < values.size() ? (Object) (long) values.get(i) : List.of("x", true));
        }
        StringBuilder b = new StringBuilder();
        new JsonWriter(b).value(m);
        assertThat(Json.parse(b.toString())).isEqualTo(m);
    }

    @net.jqwik.api.Example
    void errorsNameTheColumn() {
        assertThatThrownBy(() -> Json.parse("{\"a\": tru}")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("column 7");
        assertThatThrownBy(() -> Json.parse("{\"a\": 1} x")).hasMessageContaining("after the value");
        assertThatThrownBy(() -> Json.parse("[".repeat(1000))).hasMessageContaining("nesting");
    }
}

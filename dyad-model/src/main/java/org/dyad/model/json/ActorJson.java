package org.dyad.model.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.Actor;
import org.dyad.model.FuzzyDate;
import org.dyad.model.InvalidValueException;
import org.dyad.model.Role;
import org.dyad.model.RoleLevel;

/**
 * The actor dictionary format: one person or organisation per JSON line,
 * {@code {"id", "name", "aliases": [...], "country", "kind", "roles": [{"role", "sector", "level",
 * "from", "to", "country"}], "source"}}. Dates are ISO prefixes; a missing end means still in office.
 */
public final class ActorJson {
    private ActorJson() {
    }

    public static Actor read(String line) {
        return read(Json.parseObject(line));
    }

    public static Actor read(Map<String, Object> m) {
        String id = str(m.get("id"));
        try {
            String country = str(m.get("country"));
            List<Role> roles = new ArrayList<>();
            Object rs = m.get("roles");
            if (rs instanceof List) {
                for (Object o : (List<?>) rs) {
                    if (!(o instanceof Map)) {
                        throw new InvalidValueException("each role must be an object");
                    }
                    Map<?, ?> r = (Map<?, ?>) o;
                    String title = str(r.get("role"));
                    String level = str(r.get("level"));
                    String rc = str(r.get("country"));
                    roles.add(new Role(title, rc == null ? country : rc, str(r.get("sector")),
                            level == null ? null : RoleLevel.parse(level), date(r.get("from")), date(r.get("to"))));
                }
            } else if (rs != null) {
                throw new InvalidValueException("roles must be an array");
            }
            List<String> aliases = new ArrayList<>();
            if (m.get("aliases") instanceof List) {
                for (Object a : (List<?>) m.get("aliases")) {
                    aliases.add(String.valueOf(a));
                }
            }
            String kind = str(m.get("kind"));
            Object src = m.get("source");
            return new Actor(id, str(m.get("name")), aliases, country,
                    kind == null ? Actor.Kind.PERSON : Actor.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), roles,
                    src == null ? null : String.valueOf(src));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("actor " + id + ": " + e.getMessage(), e);
        }
    }

    public static String write(Actor a) {
        StringBuilder b = new StringBuilder(256);
        JsonWriter w = new JsonWriter(b).beginObject();
        w.field("id", a.id()).field("name", a.name()).name("aliases").value(a.aliases());
        w.field("country", a.country()).field("kind", a.kind().name().toLowerCase(Locale.ROOT));
        w.name("roles").beginArray();
        for (Role r : a.roles()) {
            w.beginObject().field("role", r.title()).field("country", r.country()).field("sector", r.sector())
                    .field("level", r.level().id())
                    .field("from", r.from() == null ? null : r.from().isoStart())
                    .field("to", r.to() == null ? null : r.to().isRange() ? r.to().isoEnd() : r.to().isoStart())
                    .endObject();
        }
        w.endArray();
        w.field("source", a.source()).endObject();
        return b.toString();
    }

    private static FuzzyDate date(Object o) {
        String s = str(o);
        return s == null || s.isBlank() ? null : FuzzyDate.parse(s);
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}

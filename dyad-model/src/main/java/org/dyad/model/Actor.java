package org.dyad.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A named actor of a time-bounded actor dictionary: a person with the offices they held, or an
 * organisation. The extractor resolves names ("Heydar Aliyev", "H. Aliyev") and offices
 * ("the Iranian Foreign Minister") to an actor and to the role held on the event's date.
 */
public record Actor(String id, String name, List<String> aliases, String country, Kind kind,
                    List<Role> roles, String source) {

    public enum Kind { PERSON, ORGANIZATION }

    public Actor {
        if (id == null || id.isBlank()) {
            throw new InvalidValueException("an actor needs an id");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("actor " + id + " needs a name");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
        kind = kind == null ? Kind.PERSON : kind;
    }

    /** The role held on the date (the first listed if several overlap), if any. */
    public Optional<Role> roleDuring(FuzzyDate date) {
        for (Role r : roles) {
            if (r.heldDuring(date)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The name and aliases, the name first. */
    public List<String> names() {
        List<String> n = new ArrayList<>(aliases.size() + 1);
        n.add(name);
        for (String a : aliases) {
            if (!a.equals(name)) {
                n.add(a);
            }
        }
        return n;
    }
}

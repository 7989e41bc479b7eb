package org.dyad.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One event between two actors: when, who, what (CAMEO), in which dimensions, how sure, and where
 * it comes from. The fields are those of the JSON Lines event format (docs/event-format.md), plus
 * what de-duplication of imported data keeps: the number of reports collapsed into this event,
 * their record ids, and flags such as {@code anachronism}.
 *
 * <p>Immutable; validated at construction. Build with {@link #builder()}.
 */
public record Event(
        String id,
        FuzzyDate date,
        String dateText,
        ActorCode source,
        ActorCode target,
        String sourceCountry,
        String targetCountry,
        String sourceName,
        String sourceRole,
        String targetName,
        String targetRole,
        CameoCode code,
        QuadClass quadClass,
        Double goldstein,
        Set<Dimension> dimensions,
        String location,
        Map<String, Double> quantities,
        Modality modality,
        Origin origin,
        String originRef,
        Provenance provenance,
        String summary,
        Double confidence,
        int reports,
        List<String> reportIds,
        Set<String> flags) {

    public Event {
        if (id == null || id.isBlank()) {
            throw new InvalidValueException("event has no id");
        }
        if (origin == null) {
            throw new InvalidValueException("event " + id + " has no origin");
        }
        checkCountry(id, "source_country", sourceCountry);
        checkCountry(id, "target_country", targetCountry);
        if (goldstein != null && (goldstein.isNaN() || goldstein < -10 || goldstein > 10)) {
            throw new InvalidValueException("event " + id + ": goldstein " + goldstein + " is outside -10..10");
        }
        if (confidence != null && (confidence.isNaN() || confidence < 0 || confidence > 1)) {
            throw new InvalidValueException("event " + id + ": confidence " + confidence + " is outside 0..1");
        }
        if (reports < 1) {
            throw new InvalidValueException("event " + id + ": reports must be at least 1, got " + reports);
        }
        dimensions = dimensions == null || dimensions.isEmpty()
                ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(dimensions));
        quantities = quantities == null || quantities.isEmpty()
                ? Collections.emptyMap() : Collections.unmodifiableMap(new TreeMap<>(quantities));
        for (Map.Entry<String, Double> q : quantities.entrySet()) {
            if (q.getValue() == null || q.getValue().isNaN() || q.getValue().isInfinite()) {
                throw new InvalidValueException("event " + id + ": quantity " + q.getKey() + " is not a number");
            }
        }
        reportIds = reportIds == null || reportIds.isEmpty() ? Collections.emptyList() : List.copyOf(reportIds);
        flags = flags == null || flags.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(new TreeSet<>(flags));
        modality = modality == null ? Modality.ASSERTED : modality;
        provenance = provenance == null ? Provenance.NONE : provenance;
    }

    private static void checkCountry(String id, String field, String value) {
        if (value != null && !isCountryCode(value)) {
            throw new InvalidValueException("event " + id + ": " + field + " '" + value
                    + "' is not a three-letter country code such as IRN or AZE");
        }
    }

    /** Three capital letters or digits; a loop rather than the regex, as importers build millions of events. */
    private static boolean isCountryCode(String v) {
        if (v.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = v.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /** The CAMEO root ({@code 04}) or null for events without a code. */
    public String root() {
        return code == null ? null : code.root();
    }

    /** True when this event links the two countries, in either direction. */
    public boolean between(String a, String b) {
        return (a.equals(sourceCountry) && b.equals(targetCountry))
                || (b.equals(sourceCountry) && a.equals(targetCountry));
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private String id;
        private FuzzyDate date;
        private String dateText;
        private ActorCode source;
        private ActorCode target;
        private String sourceCountry;
        private String targetCountry;
        private String sourceName;
        private String sourceRole;
        private String targetName;
        private String targetRole;
        private CameoCode code;
        private QuadClass quadClass;
        private Double goldstein;
        private Set<Dimension> dimensions = EnumSet.noneOf(Dimension.class);
        private String location;
        private Map<String, Double> quantities = new TreeMap<>();
        private Modality modality = Modality.ASSERTED;
        private Origin origin;
        private String originRef;
        private Provenance provenance = Provenance.NONE;
        private String summary;
        private Double confidence;
        private int reports = 1;
        private List<String> reportIds = new ArrayList<>();
        private Set<String> flags = new TreeSet<>();

        private Builder() {
        }

        private Builder(Event e) {
            id = e.id; date = e.date; dateText = e.dateText; source = e.source; target = e.target;
            sourceCountry = e.sourceCountry; targetCountry = e.targetCountry; sourceName = e.sourceName;
            sourceRole = e.sourceRole; targetName = e.targetName; targetRole = e.targetRole; code = e.code;
            quadClass = e.quadClass; goldstein = e.goldstein;
            dimensions = e.dimensions.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(e.dimensions);
            location = e.location; quantities = new TreeMap<>(e.quantities); modality = e.modality;
            origin = e.origin; originRef = e.originRef; provenance = e.provenance; summary = e.summary;
            confidence = e.confidence; reports = e.reports; reportIds = new ArrayList<>(e.reportIds);
            flags = new TreeSet<>(e.flags);
        }

        public Builder id(String v) { id = v; return this; }
        public Builder date(FuzzyDate v) { date = v; return this; }
        public Builder dateText(String v) { dateText = v; return this; }
        public Builder sourceCountry(String v) { sourceCountry = v; return this; }
        public Builder targetCountry(String v) { targetCountry = v; return this; }
        public Builder sourceName(String v) { sourceName = v; return this; }
        public Builder sourceRole(String v) { sourceRole = v; return this; }
        public Builder targetName(String v) { targetName = v; return this; }
        public Builder targetRole(String v) { targetRole = v; return this; }
        public Builder code(CameoCode v) { code = v; return this; }
        public Builder code(String v) { code = CameoCode.ofNullable(v); return this; }
        public Builder quadClass(QuadClass v) { quadClass = v; return this; }
        public Builder goldstein(Double v) { goldstein = v; return this; }
        public Builder location(String v) { location = v; return this; }
        public Builder modality(Modality v) { modality = v; return this; }
        public Builder origin(Origin v) { origin = v; return this; }
        public Builder originRef(String v) { originRef = v; return this; }
        public Builder provenance(Provenance v) { provenance = v; return this; }
        public Builder summary(String v) { summary = v; return this; }
        public Builder confidence(Double v) { confidence = v; return this; }
        public Builder reports(int v) { reports = v; return this; }
        public Builder reportIds(List<String> v) { reportIds = new ArrayList<>(v); return this; }
        public Builder flags(Set<String> v) { flags = new TreeSet<>(v); return this; }
        public Builder flag(String v) { flags.add(v); return this; }

        public Builder dimensions(Set<Dimension> v) {
            dimensions = v.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(v);
            return this;
        }

        public Builder dimension(Dimension v) {
            dimensions.add(v);
            return this;
        }

        public Builder quantities(Map<String, Double> v) {
            quantities = new TreeMap<>(v);
            return this;
        }

        public Builder quantity(String name, double value) {
            quantities.put(name, value);
            return this;
        }

        /** Sets the actor code and, unless already set, the country from the code's root. */
        public Builder source(ActorCode v) {
            source = v;
            return this;
        }

        public Builder target(ActorCode v) {
            target = v;
            return this;
        }

        public Builder source(String v) { return source(ActorCode.ofNullable(v)); }
        public Builder target(String v) { return target(ActorCode.ofNullable(v)); }

        public String id() { return id; }
        public CameoCode code() { return code; }
        public ActorCode source() { return source; }
        public ActorCode target() { return target; }
        public FuzzyDate date() { return date; }
        public Origin origin() { return origin; }
        public Provenance provenance() { return provenance; }
        public String sourceCountry() { return sourceCountry; }
        public String targetCountry() { return targetCountry; }
        public QuadClass quadClass() { return quadClass; }
        public Double goldstein() { return goldstein; }

        public Event build() {
            return new Event(id, date, dateText, source, target, sourceCountry, targetCountry, sourceName,
                    sourceRole, targetName, targetRole, code, quadClass, goldstein, dimensions, location,
                    quantities, modality, origin, originRef, provenance, summary, confidence, reports,
                    reportIds, flags);
        }
    }
}

package org.dyad.data.synth;

import java.time.LocalDate;
import org.dyad.model.ontology.CameoEventType;
import org.dyad.model.ontology.Country;

/** One drawn event, before it is written in a format. Mutable and reused: files have millions. */
final class SynthRow {
    long id;
    LocalDate day;
    Country source;
    Country target;
    String sourceSector;
    String targetSector;
    CameoEventType code;
    int mentions;
    int sources;
    double tone;
    int story;
    Country place;
    String adm1;

    void copy(SynthRow o) {
        id = o.id;
        day = o.day;
        source = o.source;
        target = o.target;
        sourceSector = o.sourceSector;
        targetSector = o.targetSector;
        code = o.code;
        mentions = o.mentions;
        sources = o.sources;
        tone = o.tone;
        story = o.story;
        place = o.place;
        adm1 = o.adm1;
    }
}

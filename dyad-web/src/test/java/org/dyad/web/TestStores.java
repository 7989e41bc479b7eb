package org.dyad.web;

import org.dyad.model.Dimension;
import org.dyad.model.Event;
import org.dyad.model.FuzzyDate;
import org.dyad.model.Origin;
import org.dyad.model.Provenance;
import org.dyad.model.ontology.GoldsteinScale;
import org.dyad.model.ontology.Ontology;
import org.dyad.store.CaseStudies;
import org.dyad.store.Documents;
import org.dyad.store.DyadStore;
import org.dyad.store.EventWriter;
import org.dyad.store.ImportBatch;

/**
 * Stores for the web tests: the shipped Iran–Azerbaijan case study, plus one short document written
 * for these tests and an event coded from it with its character offsets, so that an event's
 * sentence can be shown in its document.
 */
final class TestStores {
    static final String DOC_ID = "test-memo-1993";
    static final String SENTENCE = "The foreign ministers of Iran and Azerbaijan met in Baku on 12 March 1993"
            + " and agreed to open a second border crossing.";
    static final String DOC_TEXT = "Memo written for Dyad's tests.\n\nFirst paragraph: nothing happens here.\n\n"
            + "Second paragraph. " + SENTENCE + " Trade was discussed <b>without</b> result.\n\n"
            + "Third paragraph: the end.";
    static final String TEXT_EVENT_ID = "test-text-1";

    private TestStores() {
    }

    static DyadStore caseStudyWithDocument() {
        DyadStore store = DyadStore.inMemory();
        CaseStudies.ensureLoaded(store);
        store.documents().put(new Documents.Document(DOC_ID, "memo.txt", "text", "A test memo <script>", null,
                "1993-03", DOC_TEXT));
        int start = DOC_TEXT.indexOf(SENTENCE);
        Event e = Event.builder().id(TEXT_EVENT_ID).date(FuzzyDate.day(1993, 3, 12)).source("IRNGOV").target("AZEGOV")
                .sourceCountry("IRN").targetCountry("AZE").code("036").origin(Origin.TEXT)
                .dimension(Dimension.TRANSPORT)
                .provenance(Provenance.span(DOC_ID, start, start + SENTENCE.length(), SENTENCE)).build();
        try (EventWriter w = store.writer(ImportBatch.of("text", "memo.txt", "test"))) {
            w.add(Ontology.standard().cameo().enrich(e, GoldsteinScale.GDELT));
            w.commit();
        }
        return store;
    }
}

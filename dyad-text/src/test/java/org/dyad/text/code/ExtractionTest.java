package org.dyad.text.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.text.OffsetAssert.assertOriginalSpan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.Modality;
import org.dyad.text.TextExtractor;
import org.dyad.text.dict.BuiltInDictionaries;
import org.dyad.text.dict.Dictionaries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end extraction with the built-in dictionaries on short texts written for these tests. */
class ExtractionTest {
    private static Dictionaries dictionaries;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        dictionaries = BuiltInDictionaries.load(BuiltInDictionaries.Overrides.NONE);
    }

    private List<DocumentCoder.Extracted> extract(String text, LocalDate documentDate, String a, String b)
            throws IOException {
        Path f = dir.resolve("doc.txt");
        Files.write(f, text.getBytes(StandardCharsets.UTF_8));
        TextExtractor x = new TextExtractor(dictionaries,
                new TextExtractor.Options(a, b, documentDate, null, CoderOptions.narrative()));
        List<DocumentCoder.Extracted> out = new ArrayList<>();
        x.extract(f, out::add);
        for (DocumentCoder.Extracted e : out) {
            Event ev = e.event();
            // every event's offsets index the file as written, and its quote is what is there
            assertOriginalSpan(text, ev.provenance().charStart(), ev.provenance().charEnd(), ev.provenance().quote());
        }
        return out;
    }

    private static String summary(Event e) {
        return e.source() + ">" + e.target() + " " + e.code() + " " + e.date()
                + (e.modality() == Modality.ASSERTED ? "" : " " + e.modality().id());
    }

    private List<String> summaries(String text, LocalDate date, String a, String b) throws IOException {
        List<String> s = new ArrayList<>();
        for (DocumentCoder.Extracted e : extract(text, date, a, b)) {
            s.add(summary(e.event()));
        }
        return s;
    }

    @Test
    void visitsWithOfficesResolvedOnTheEventDateAndRelativeDates() throws IOException {
        String text = "In the second half of 1991 relations between the two states grew.\n"
                + "Azerbaijan's Prime Minister Hasan Hasanov made an official visit to Tehran on June 10-11 of that year.\n"
                + "As a result of the negotiations, a nine-point memorandum was signed between the two countries "
                + "on August 19th, 1991.\n";
        List<DocumentCoder.Extracted> out = extract(text, null, "IRN", "AZE");
        List<String> s = new ArrayList<>();
        out.forEach(e -> s.add(summary(e.event())));
        assertThat(s).contains("AZEGOV>IRN 042 1991-06-10/1991-06-11", "AZEGOV>IRN 046 1991-06-10/1991-06-11",
                "IRN>AZE 057 1991-08-19");
        Event visit = out.stream().map(DocumentCoder.Extracted::event).filter(e -> e.code().code().equals("042"))
                .findFirst().orElseThrow();
        assertThat(visit.sourceName()).isEqualTo("Hasan Hasanov");
        assertThat(visit.sourceRole()).isEqualTo("Prime Minister");
        assertThat(visit.location()).isEqualTo("Tehran");
        assertThat(visit.dateText()).isEqualTo("on June 10-11 of that year");
        Event memo = out.stream().map(DocumentCoder.Extracted::event).filter(e -> e.code().code().equals("057"))
                .findFirst().orElseThrow();
        assertThat(memo.quantities()).containsEntry("points", 9.0);
    }

    @Test
    void ocrSpellingsHyphensAndJointAdjectives() throws IOException {
        String text = "On December 3rd, 1991, a 19-point Azerbaijani-lranian agree-\nment was signed in Baku.\n";
        assertThat(summaries(text, null, null, null)).containsExactly("AZE>IRN 057 1991-12-03");
    }

    @Test
    void negationModalityAndHabitualStatements() throws IOException {
        String text = "In 1995 Iran did not recognize Armenia. Turkey will sign a pipeline agreement with Azerbaijan "
                + "next year. Iran often criticized Azerbaijan. In 1997 Georgia not only recognized Armenia but "
                + "also praised its ties with Russia.";
        assertThat(summaries(text, null, null, null)).containsExactly("IRN>ARM 054 1995 negated",
                "TUR>AZE 057 1996 planned", "GEO>ARM 054 1997", "GEO>RUS 051 1997");
    }

    @Test
    void newsDatesCountFromTheDocumentDate() throws IOException {
        String text = "Azerbaijan's foreign minister arrived in Tehran yesterday. He met Iran's president on Monday.\n"
                + "Last month Iran allocated a loan of 40 million dollars to Azerbaijan.";
        List<DocumentCoder.Extracted> out = extract(text, LocalDate.of(1997, 3, 12), "IRN", "AZE");
        assertThat(out).extracting(e -> summary(e.event())).contains("AZEGOV>IRN 042 1997-03-11",
                "IRN>AZE 071 1997-02");
        Event loan = out.stream().map(DocumentCoder.Extracted::event).filter(e -> e.code().code().equals("071"))
                .findFirst().orElseThrow();
        assertThat(loan.quantities()).containsEntry("loan_usd", 4.0e7);
    }

    @Test
    void citationsAreNeitherActorsNorDatesAndMentionsMerge() throws IOException {
        String text = "In 1991 Iran was among the first states to recognize Azerbaijan (Aliyev, 2004). "
                + "On December 27, 1991, Iran announced its official recognition of Azerbaijan.";
        List<DocumentCoder.Extracted> out = extract(text, null, "IRN", "AZE");
        assertThat(out).extracting(e -> summary(e.event())).containsExactly("IRN>AZE 054 1991-12-27");
        assertThat(out.get(0).event().reports()).isEqualTo(2);
        assertThat(out.get(0).explanation().merged()).hasSize(1);
    }

    @Test
    void explanationsNameTheWordsAndTheRule() throws IOException {
        String text = "On 3 February 2001 Georgia protested to Armenia over a border incident.";
        List<DocumentCoder.Extracted> out = extract(text, null, null, null);
        assertThat(out).hasSize(1);
        Explanation x = out.get(0).explanation();
        assertThat(x.trigger()).isEqualTo("protested");
        assertThat(x.source().words()).isEqualTo("Georgia");
        assertThat(x.target().words()).isEqualTo("Armenia");
        assertThat(x.date()).contains("On 3 February 2001");
        assertThat(x.rule()).contains("PROTEST");
        assertOriginalSpan(text, x.triggerStart(), x.triggerEnd(), "protested");
    }

    @Test
    void chronologyEntriesDateTheirSentencesAndLearnedNamesActLater() throws IOException {
        String text = "12 March 1997 \u2013 Georgian President Eduard Shevardnadze paid an official visit to Yerevan. "
                + "The two presidents signed a treaty on friendship.\n\n"
                + "14 May 1998 \u2013 Shevardnadze met Armenian Prime Minister Robert Kocharyan in Tbilisi.\n";
        List<DocumentCoder.Extracted> out = extract(text, null, null, null);
        assertThat(out).extracting(e -> summary(e.event())).containsExactly("GEOGOV>ARM 042 1997-03-12",
                "GEO>ARM 057 1997-03-12", "GEOGOV>ARMGOV 040 1998-05-14");
        assertThat(out.get(0).event().sourceName()).isEqualTo("Eduard Shevardnadze");
        assertThat(out.get(2).explanation().source().entry()).contains("named in doc.txt as President of GEO");
    }

    @Test
    void consulatesTheirHostsAndPostponement() throws IOException {
        String text = "Iran and Azerbaijan signed a trade agreement in 1993. In February 1994, Iran's Consulate General "
                + "opened in Nakhchivan. However, the Iranian side indefinitely postponed the opening of Azerbaijan's "
                + "Consulate General in Tabriz.";
        assertThat(summaries(text, null, null, null)).containsExactly("IRN>AZE 057 1993", "IRN>AZE 054 1994-02",
                "AZE>IRN 054 1994 postponed");
    }

    @Test
    void officeHoldersNamedInAppositionAndEventNounsReferringBack() throws IOException {
        String text = "In April 1994, the governor of Azerbaijan province, Abdulalizade, visited Baku. "
                + "On April 7, discussions focused on border trade.";
        assertThat(summaries(text, null, "IRN", "AZE")).containsExactly("IRNGOV>AZE 042 1994-04",
                "IRNGOV>AZE 046 1994-04-07");
    }

    @Test
    void counterpartsAndSurnamesOfPersonsNamedInFull() throws IOException {
        // the officials dictionary gives the bare surname "Aliyev" to Heydar Aliyev (no office in 2005);
        // once "Ilham Aliyev" is named, the surname is his for the rest of the document
        String text = "Iran and Azerbaijan signed five agreements on Friday during a visit by Azerbaijani "
                + "President Ilham Aliyev to Tehran.\n\nAliyev held talks with his Iranian counterpart.";
        List<DocumentCoder.Extracted> out = extract(text, LocalDate.of(2005, 6, 3), null, null);
        assertThat(out).extracting(e -> summary(e.event())).containsExactly("IRN>AZE 057 2005-06-03",
                "AZEGOV>IRN 042 2005-06-03", "AZEGOV>IRNGOV 046 2005-06-03");
        assertThat(out.get(0).event().quantities()).containsEntry("documents_signed", 5.0);
    }

    @Test
    void coordinatedVerbsStatesAndActorlessAttacks() throws IOException {
        String text = "Relations between India and Pakistan have been strained since 1947. "
                + "In May 1999 India blamed militant groups and recalled its High Commissioner from Islamabad. "
                + "A week later the two countries agreed to a ceasefire. "
                + "After the attacks of November 2008, India suspended the dialogue with Pakistan.";
        // no event for the lasting state; nothing blamed on Islamabad; the attacks have no known actors
        assertThat(summaries(text, null, null, null)).containsExactly("IND>PAKGOV 161 1999-05",
                "IND>PAK 0871 1999-05", "IND>PAK 164 2008-11");
    }

    @Test
    void placesOtherThanCapitalsNameTheirStateAndAmbiguousOnesDoNot() throws IOException {
        String text = "In 1999 the Indian Prime Minister travelled to Lahore. In 2004 Germany sent a delegation to Bavaria "
                + "and Pakistan sent troops to Punjab. In 2005 Iran opened a consulate in Tabriz. "
                + "The Lahore Declaration was signed in 1999.";
        // Punjab lies in India and in Pakistan: no state; a visit within Germany is no event; the
        // declaration is named after Lahore and is not an actor: with no party named, it is the pair's
        assertThat(summaries(text, null, "IND", "PAK")).containsExactly("INDGOV>PAK 042 1999", "IND>PAK 057 1999");
    }

    @Test
    void newsDatelineAndPersonsIntroducedOnceThenNamedAlone() throws IOException {
        String text = "PRESS RELEASE\n\nTASHKENT, 22 December 2022 \u2013 Kazakh President Kassym-Jomart Tokayev "
                + "held talks with Uzbek President Shavkat Mirziyoyev.\n\nOn Thursday Tokayev invited Mirziyoyev to "
                + "Astana. Moscow has demanded an apology from Tashkent. Tashkent then released the prisoners.";
        assertThat(summaries(text, null, null, null)).containsExactly("KAZGOV>UZBGOV 046 2022-12-22",
                "KAZGOV>UZBGOV 036 2022-12-22", "RUS>UZB 100 2022-12-22", "UZB>KAZ 0841 2022-12-22");
    }

    @Test
    void chronologyLinesUnderYearHeadings() throws IOException {
        String text = "Chronology\n\n1992\nOct. 3 \u2013 The IRI and the Republic of Azerbaijan sign a protocol on trade.\n"
                + "November \u2013 Iran protests to Azerbaijan.\n\n1996\n"
                + "Jan 12 \u2013 President Rafsanjani meets Heydar Aliyev in Baku.\n";
        // Heydar Aliyev is AZEGOV on that date by the officials dictionary
        assertThat(summaries(text, null, null, null)).containsExactly("IRN>AZE 057 1992-10-03",
                "IRN>AZE 114 1992-11", "IRNGOV>AZEGOV 040 1996-01-12");
    }

    @Test
    void aReportedStatementIsNotTheObjectAndAStateIsNotItsOwnTarget() throws IOException {
        String text = "On 5 October 2001 an Iranian warship threatened two Azerbaijani research vessels. "
                + "Iran's foreign ministry spokesman denied the accusations and said Tehran wanted good relations.";
        assertThat(summaries(text, null, null, null)).containsExactly("IRNMIL>AZE 130 2001-10-05");
    }
}

package org.dyad.text.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.text.OffsetAssert.assertOriginalSpan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Sentence shapes of narrative documents (papers, encyclopedia articles, press releases) that name
 * events with nouns, passives and coordinated persons; each test a few sentences written for it.
 */
class NarrativeRecallTest {
    private static Dictionaries dictionaries;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        dictionaries = BuiltInDictionaries.load(BuiltInDictionaries.Overrides.NONE);
    }

    private List<String> summaries(String text, String a, String b) throws IOException {
        Path f = dir.resolve("doc.txt");
        Files.write(f, text.getBytes(StandardCharsets.UTF_8));
        TextExtractor x = new TextExtractor(dictionaries,
                new TextExtractor.Options(a, b, null, null, CoderOptions.narrative()));
        List<String> out = new ArrayList<>();
        x.extract(f, e -> {
            Event ev = e.event();
            assertOriginalSpan(text, ev.provenance().charStart(), ev.provenance().charEnd(), ev.provenance().quote());
            out.add(ev.source() + ">" + ev.target() + " " + ev.code() + " " + ev.date()
                    + (ev.modality() == Modality.ASSERTED ? "" : " " + ev.modality().id()));
        });
        return out;
    }

    @Test
    void aMeetingBetweenOrOfTheNamedSidesIsTheirJointEvent() throws IOException {
        String text = "On 3 June 2004, at a meeting between Kazakh Foreign Minister Kassym-Jomart Tokayev and the "
                + "Chinese Foreign Minister, the border was examined.\n\n"
                + "In May 2007, during the meeting of the presidents of Armenia and Georgia, the need for a second "
                + "crossing was stressed.";
        assertThat(summaries(text, null, null)).containsExactly("KAZGOV>CHNGOV 040 2004-06-03",
                "ARMGOV>GEOGOV 040 2007-05");
    }

    @Test
    void coordinatedCounterpartsOfficeHoldersOfAStateAndWitnesses() throws IOException {
        String text = "On 2 March 2001 Hungarian Foreign Minister Janos Martonyi and his Romanian counterpart Mircea "
                + "Geoana signed the Hungarian\u2013Romanian Water Treaty in Budapest. On 9 May 2001 Prime Minister "
                + "Viktor Orban received President Ion Iliescu of Romania. On 4 June 2001 Orban and Iliescu signed a "
                + "protocol in the presence of King Simeon of Bulgaria.";
        // the demonyms name the treaty, not a target; the king witnesses, he is no party
        assertThat(summaries(text, null, null)).containsExactly("HUNGOV>ROMGOV 057 2001-03-02",
                "HUNGOV>ROMGOV 043 2001-05-09", "HUNGOV>ROMGOV 057 2001-06-04");
    }

    @Test
    void whereClausesPossessiveVisitsLoansAndEmbassiesBesideRelations() throws IOException {
        String text = "Hungary and Romania established diplomatic relations on 5 March 1990. The Hungarian embassy "
                + "in Bucharest opened the same month. President Arpad Goncz paid his first state visit to Bucharest "
                + "in May 1997. In June 1998 the presidents met in Bucharest, where the two sides signed 12 "
                + "agreements. In April 1999 Hungary agreed to lend Romania 40 million dollars.";
        // the embassy and the relations are two events of one code; the visitor is the clause's
        // subject, not "his"; "where" opens a clause with a subject of its own
        assertThat(summaries(text, "HUN", "ROM")).containsExactly("HUN>ROM 054 1990-03-05", "HUN>ROM 054 1990-03",
                "HUNGOV>ROM 042 1997-05", "HUN>ROM 057 1998-06", "HUN>ROM 071 1999-04 planned");
    }

    @Test
    void anOutcomeWithoutActorsTakesTheSidesOfTheVisitItHappenedDuring() throws IOException {
        String text = "During Chilean President Michelle Bachelet's visit to Lima, an agreement on fisheries was signed on "
                + "4 May 2002. The visit of the Peruvian Foreign Minister to Santiago in June 2003 produced an "
                + "agreement on trade.";
        assertThat(summaries(text, null, null)).containsExactly("CHLGOV>PER 042 2002-05-04",
                "CHL>PER 057 2002-05-04", "PERGOV>CHL 042 2003-06", "PERGOV>CHL 057 2003-06");
    }

    @Test
    void invitationsActiveAndPassiveAndTheGuestsVisit() throws IOException {
        String text = "In March 2005 Armenia invited Georgian President Mikheil Saakashvili to pay an official visit "
                + "to Yerevan in the summer of 2005. In April 2006, Georgian President Mikheil Saakashvili was "
                + "invited to Armenia to attend the opening of a bridge.";
        // the invitation is dated by its own clause, the guest's visit by the infinitive's date
        assertThat(summaries(text, null, null)).containsExactly("ARM>GEOGOV 036 2005-03",
                "GEOGOV>ARM 042 2005-06/2005-08 (season) planned", "ARM>GEOGOV 036 2006-04");
    }

    @Test
    void theHeadOfStateOnTheFirstDayOfTheVisit() throws IOException {
        String text = "President of Mongolia Ukhnaagiin Khurelsukh paid a state visit to Kazakhstan on 11\u201312 "
                + "October 2022.\n\nOn the first day of the visit, the Head of State held talks with Kazakh President "
                + "Kassym-Jomart Tokayev.";
        assertThat(summaries(text, null, null)).containsExactly("MNGGOV>KAZ 042 2022-10-11/2022-10-12",
                "MNGGOV>KAZGOV 046 2022-10-11");
    }

    @Test
    void meetingsInIntroductoryPhrasesHeldInAPlaceAndHeldByOneSide() throws IOException {
        String text = "In April 2003, at a meeting with Georgia's ambassador in Armenia, the Armenian President "
                + "rejected the accusations. In November 2004, during negotiations held in Tbilisi with Armenian "
                + "Deputy Foreign Minister Arman Kirakossian, transit was discussed. In May 2005, the meetings held "
                + "by the President of Georgia Mikheil Saakashvili at the CIS summit with the President of Armenia "
                + "Robert Kocharyan and the Prime Minister of Armenia Andranik Margaryan were fruitful.";
        // the meeting is the main clause subject's; the host of talks held in a capital is the other
        // side; the organisation of a summit is where, not who; no accusation by the one rejecting it
        assertThat(summaries(text, null, null)).containsExactly("ARMGOV>GEOGOV 040 2003-04",
                "GEO>ARMGOV 046 2004-11", "GEOGOV>ARMGOV 040 2005-05");
    }

    @Test
    void theObjectSearchStopsAtAClauseOfItsOwn() throws IOException {
        String text = "On 9 May 1994, Latvian President Guntis Ulmanis and Estonian President Lennart Meri signed a "
                + "treaty on the border in Riga, and on 3 June 1994, the prime ministers of both countries held talks "
                + "on fishing. In 1995 Latvia signed an agreement on trade, although Lithuanian officials later "
                + "complained.";
        assertThat(summaries(text, "LVA", "EST")).containsExactly("LVAGOV>ESTGOV 057 1994-05-09",
                "LVA>EST 046 1994-06-03");
    }

    @Test
    void longSubjectsBetweenSidesAppositionsAndParticipleAdjectives() throws IOException {
        String text = "A protocol on principles of trade and cooperation between Slovakia and Hungary was signed in "
                + "Bratislava on 3 May 1995. On 2 June 1996, at a meeting between Slovakia's Prime Minister, Vladimir "
                + "Meciar, and Hungary's Prime Minister Gyula Horn, transit was discussed. In December 1996, at a "
                + "meeting in Budapest between the Foreign Minister of Slovakia, and Hungarian President Arpad Goncz, "
                + "a decision was made to review the signed documents.";
        // the participle "signed" after "the" is an adjective, not a new signing
        assertThat(summaries(text, null, null)).containsExactly("SVK>HUN 057 1995-05-03",
                "SVKGOV>HUNGOV 040 1996-06-02", "SVKGOV>HUNGOV 040 1996-12");
    }

    @Test
    void welcomingOrRejectingTheOtherSidesProposalAndPostponedVisitsToCities() throws IOException {
        String text = "In 2010 Turkey proposed a new border crossing. In 2011 Georgia welcomed the initiative. In 2012 "
                + "Georgia demanded compensation from Turkey, and Ankara rejected the demand. In 2013 President "
                + "Giorgi Margvelashvili postponed visits to the cities of Kars and Trabzon.";
        assertThat(summaries(text, "TUR", "GEO")).contains("GEO>TUR 051 2011", "GEO>TUR 1031 2012",
                "TUR>GEO 120 2012", "GEOGOV>TUR 042 2013 postponed");
    }

    @Test
    void aProtestAndTheComplaintAnsweringItAreTwoEvents() throws IOException {
        String text = "In 2009 the Georgian coast guard detained several Turkish ships that were sailing to Sukhumi, "
                + "and the Turkish Foreign Ministry protested to Tbilisi. Georgian officials, in turn, complained "
                + "that Turkish businessmen traded with the breakaway region.";
        // the ships are the object, not Sukhumi in the relative clause after them
        assertThat(summaries(text, "TUR", "GEO")).containsExactly("GEOMIL>TUR 173 2009", "TURGOV>GEO 114 2009",
                "GEOGOV>TURBUS 114 2009");
    }
}

package org.dyad.text.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.FuzzyDate;
import org.dyad.text.charfilter.MappedText;
import org.dyad.text.date.DateMention;
import org.dyad.text.date.DateResolver;
import org.dyad.text.date.DateTagger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTaggerTest {
    private static final DateTagger TAGGER = new DateTagger();

    private static List<DateMention> tag(String text) {
        List<Sentence> out = new ArrayList<>();
        new Tokenizer().split(MappedText.original(text, 0), out::add);
        return TAGGER.tag(out.get(0), null);
    }

    /** The first mention resolved against a reference date and a document date. */
    private static String resolve(String text, String reference, String documentDate) {
        List<DateMention> m = tag(text);
        if (m.isEmpty()) {
            return "none";
        }
        FuzzyDate ref = reference.isEmpty() ? null : FuzzyDate.parse(reference.split("/")[0],
                reference.contains("/") ? reference.split("/")[1] : null, null);
        FuzzyDate d = DateResolver.resolve(m.get(0), ref, documentDate.isEmpty() ? null : LocalDate.parse(documentDate));
        return (d == null ? "unresolved" : d.toString()) + " | " + m.get(0).text();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "On October 26th, 1993, he came.;;;1993-10-26 | On October 26th, 1993",
        "He came on 26 October 1993.;;;1993-10-26 | on 26 October 1993",
        "They met on December 11th-14th.;1995;;1995-12-11/1995-12-14 | on December 11th-14th",
        "They met on May 13th-14th, 1997.;;;1997-05-13/1997-05-14 | on May 13th-14th, 1997",
        "In May 1992, they signed.;;;1992-05 | In May 1992",
        "It happened in the autumn of 1994.;;;1994-09/1994-11 (season) | in the autumn of 1994",
        "By the fall of 1998 it ended.;;;1998-09/1998-11 (season) | By the fall of 1998",
        "In the second half of 1991, ties grew.;;;1991-07/1991-12 | In the second half of 1991",
        "In 2004 they met.;;;2004 | In 2004",
        "Ties held from 1993 to 2001.;;;1993/2001 | from 1993 to 2001",
        "He visited Tehran on June 10-11 of that year.;1991;;1991-06-10/1991-06-11 | on June 10-11 of that year",
        "It was signed later that year.;1992-05;;1992 | later that year",
        "On the same day, talks began.;1993-10-26;;1993-10-26 | On the same day",
        "The following year, talks resumed.;1993-10-26;;1994 | The following year",
        "On December 3rd, it was signed.;1991-12;;1991-12-03 | On December 3rd",
        "The party came to power in mid-May.;1992-05;;1992-05 | in mid-May",
        "The July 22nd, 1992 orders mattered.;;;1992-07-22 | The July 22nd, 1992",
        "Resolution No. 259 dated August 5, 1992, was passed.;;;1992-08-05 | dated August 5, 1992",
        "The minister spoke yesterday.;;1997-03-12;1997-03-11 | yesterday",
        "The minister spoke on Monday.;;1997-03-12;1997-03-10 | on Monday",
        "Prices rose last month.;;1997-03-12;1997-02 | last month",
        "The revolution of 1978-1979 changed Iran.;;;1978/1979 | of 1978-1979",
        "In the 1990s trade grew.;;;1990/1999 | In the 1990s",
        "During this visit, a memorandum was signed.;1993-10-26;;1993-10-26 | During this visit",
        "Since July 1992, relations entered a new phase.;;;1992-07 | Since July 1992",
        "It may rain, and 1500 soldiers went.;;;none",
        "He spoke on 1993-10-26 in Baku.;;;1993-10-26 | on 1993-10-26",
        "He visited on 21–22 December 2022.;;;2022-12-21/2022-12-22 | on 21–22 December 2022",
        "He stayed from 14 to 16 July.;2018-07;;2018-07-14/2018-07-16 | from 14 to 16 July",
        "They met from 5 to 10 November 1991.;;;1991-11-05/1991-11-10 | from 5 to 10 November 1991",
        "Relations cooled after 2005.;;;2006 | after 2005",
        "It ended, four days after the jets struck.;2015-11-28;;2015-11-24 | four days after",
        "Two years after the war they met.;2015-11-28;;none",
    })
    void resolvesCommonForms(String text, String reference, String documentDate, String expected) {
        assertThat(resolve(text, reference == null ? "" : reference, documentDate == null ? "" : documentDate))
                .isEqualTo(expected);
    }
}

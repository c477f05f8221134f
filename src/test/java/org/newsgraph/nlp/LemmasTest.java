package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import opennlp.tools.lemmatizer.LemmatizerME;
import org.junit.jupiter.api.Test;

/** The greedy reading of one word gives the lemma OpenNLP's beam gives, without its cost. */
class LemmasTest {
    private static final String[][] WORDS = {
        {"met", "VERB"}, {"talks", "NOUN"}, {"said", "VERB"}, {"children", "NOUN"}, {"better", "ADJ"},
        {"was", "AUX"}, {"leaving", "VERB"}, {"ministers", "NOUN"}, {"visited", "VERB"}, {"Berg", "PROPN"},
        {"Lisbon", "PROPN"}, {"went", "VERB"}, {"countries", "NOUN"}, {"cancelled", "VERB"}, {"called", "VERB"},
        {"has", "AUX"}, {"had", "VERB"}, {"its", "PRON"}, {"them", "PRON"}, {"largest", "ADJ"}, {"1,000", "NUM"},
        {"Nov.", "PROPN"}, {"U.S.", "PROPN"}, {"negotiations", "NOUN"}, {"arrived", "VERB"}, {"flew", "VERB"},
        {"says", "VERB"}, {"women", "NOUN"}, {"quickly", "ADV"}, {"Sino-Brazilian", "ADJ"}, {"'s", "PART"},
        {"Ministries", "PROPN"}, {"spoke", "VERB"}, {"agreed", "VERB"}, {"proposals", "NOUN"}, {"were", "AUX"},
    };

    @Test
    void eachWordsLemmaIsTheBeamsLemma() {
        LemmatizerME beam = new LemmatizerME(Models.lemmas());
        for (String[] pair : WORDS) {
            String expected = beam.lemmatize(new String[] {pair[0]}, new String[] {pair[1]})[0];
            assertEquals(expected, Lemmas.lemmaOf(pair[0], pair[1]), pair[0] + "/" + pair[1]);
        }
    }

    @Test
    void aSentencesLemmasAreItsWordsLemmas() {
        assertArrayEquals(new String[] {"minister", "meet", "child", "be", "good"},
                Lemmas.lemmatize(new String[] {"ministers", "met", "children", "were", "better"},
                        new String[] {"NOUN", "VERB", "NOUN", "AUX", "ADJ"}));
    }
}

package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which spellings of a name are slips of one name, and which are two names. */
class SpellingTest {
    private static String[] words(String name) {
        return name.split(" ");
    }

    @Test
    void aFamilyNameAloneMaySlipByOneLetterOrTwoWhenLong() {
        assertTrue(Spelling.misspells(words("Mauer"), words("Karl Maurer")));
        assertTrue(Spelling.misspells(words("Bauchtman"), words("Lydia Buchtmann")));
        assertFalse(Spelling.misspells(words("Maurer"), words("Karl Maurer")), "the same name is no slip");
        assertFalse(Spelling.misspells(words("Berg"), words("Olav Borg")), "too short to tell alone");
        assertFalse(Spelling.misspells(words("Nauer"), words("Karl Maurer")), "another first letter");
        assertFalse(Spelling.misspells(words("Harris"), words("Ilse Harrow")), "two edits on a short name");
    }

    @Test
    void aFullNameMaySlipInOneWordWhenTheOthersAgree() {
        assertTrue(Spelling.misspells(words("Taro Asou"), words("Taro Aso")));
        assertTrue(Spelling.misspells(words("Ana Souza"), words("Ana Maria Sousa")));
        assertFalse(Spelling.misspells(words("Tomas Reed"), words("Tomas Reyes")));
        assertFalse(Spelling.misspells(words("Anna Borg"), words("Olav Berg")), "two words differ");
    }

    @Test
    void theDistanceCountsSwapsAsOneEditAndStopsAtItsBound() {
        assertEquals(1, Spelling.distance("Harrwo", "Harrow", 2));
        assertEquals(2, Spelling.distance("Bauchtman", "Buchtmann", 2));
        assertEquals(2, Spelling.distance("Ossendorf", "Tarvoskin", 1));
    }
}

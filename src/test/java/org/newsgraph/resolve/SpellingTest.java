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
        assertTrue(Spelling.misspells(words("Brener"), words("Karl Brenner")));
        assertTrue(Spelling.misspells(words("Osendorff"), words("Marta Ossendorf")));
        assertFalse(Spelling.misspells(words("Brenner"), words("Karl Brenner")), "the same name is no slip");
        assertFalse(Spelling.misspells(words("Berg"), words("Olav Borg")), "too short to tell alone");
        assertFalse(Spelling.misspells(words("Drenner"), words("Karl Brenner")), "another first letter");
        assertFalse(Spelling.misspells(words("Harris"), words("Ilse Harrow")), "two edits on a short name");
    }

    @Test
    void aFullNameMaySlipInOneWordWhenTheOthersAgree() {
        assertTrue(Spelling.misspells(words("Jonas Lunt"), words("Jonas Lund")));
        assertTrue(Spelling.misspells(words("Ana Souza"), words("Ana Maria Sousa")));
        assertFalse(Spelling.misspells(words("Tomas Reed"), words("Tomas Reyes")));
        assertFalse(Spelling.misspells(words("Anna Borg"), words("Olav Berg")), "two words differ");
    }

    @Test
    void theDistanceCountsSwapsAsOneEditAndStopsAtItsBound() {
        assertEquals(1, Spelling.distance("Harrwo", "Harrow", 2));
        assertEquals(2, Spelling.distance("Osendorff", "Ossendorf", 2));
        assertEquals(2, Spelling.distance("Ossendorf", "Tarvoskin", 1));
    }
}

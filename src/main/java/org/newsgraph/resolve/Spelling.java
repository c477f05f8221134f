package org.newsgraph.resolve;

/**
 * Whether one name misspells another: news spells a name differently once in a while within one article
 * ("Ossendorf" … "Osendorff", "Brenner" … "Brener"), and the second spelling is the same person, not a new one.
 */
final class Spelling {
    /** The shortest word that may be misspelled: alone, and beside words that agree. */
    private static final int SHORTEST_ALONE = 5;
    private static final int SHORTEST_BESIDE = 3;
    private static final int LONG = 8;

    private Spelling() {
    }

    /**
     * Whether {@code name} is {@code full}, or its family name alone, or its first and family names, with one
     * word misspelled: same first letter, one edit apart (two for eight letters or more), and five letters or
     * more for a family name alone, three beside words that agree ("Jonas Lunt" for "Jonas Lund").
     */
    static boolean misspells(String[] name, String[] full) {
        if (name.length == 1) {
            return full.length > 1 && close(name[0], full[full.length - 1], SHORTEST_ALONE);
        }
        if (name.length == full.length) {
            int differing = -1;
            for (int i = 0; i < name.length; i++) {
                if (!name[i].equals(full[i])) {
                    if (differing >= 0) {
                        return false;
                    }
                    differing = i;
                }
            }
            return differing >= 0 && close(name[differing], full[differing], SHORTEST_BESIDE);
        }
        return name.length == 2 && full.length > 2 && name[0].equals(full[0])
                && close(name[1], full[full.length - 1], SHORTEST_BESIDE);
    }

    /** Two spellings of one word: not the same, same first letter, few edits apart for their length. */
    static boolean close(String a, String b, int shortest) {
        int shorter = Math.min(a.length(), b.length());
        if (a.equals(b) || shorter < shortest || a.charAt(0) != b.charAt(0)
                || !Character.isUpperCase(a.charAt(0))) {
            return false;
        }
        int allowed = shorter >= LONG ? 2 : 1;
        return Math.abs(a.length() - b.length()) <= allowed && distance(a, b, allowed) <= allowed;
    }

    /**
     * The edit distance of two words (insertions, deletions, substitutions and swaps of neighbours), or more
     * than {@code bound} as soon as it must be.
     */
    static int distance(String a, String b, int bound) {
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                best = Math.min(best, d);
            }
            if (best > bound) {
                return bound + 1;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length()];
    }
}

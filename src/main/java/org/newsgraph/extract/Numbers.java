package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Small cardinal numbers written as digits or words. */
final class Numbers {
    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty");

    private Numbers() {
    }

    static Optional<Integer> parse(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int index = WORDS.indexOf(lower);
        if (index >= 0) {
            return Optional.of(index);
        }
        if (lower.equals("a") || lower.equals("an")) {
            return Optional.of(1);
        }
        if (!lower.isEmpty() && lower.length() <= 4 && lower.chars().allMatch(Character::isDigit)) {
            return Optional.of(Integer.parseInt(lower));
        }
        return Optional.empty();
    }
}

package org.newsgraph.nlp;

/**
 * Maps typographic quotes and dashes to the ASCII forms the models were trained on, one character for one,
 * so that offsets into the plain text are offsets into the original.
 */
final class Typography {
    private Typography() {
    }

    static String plain(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = switch (chars[i]) {
                case '\u2018', '\u2019', '\u201A', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
                case '\u2013', '\u2014' -> '-';
                case '\u00A0' -> ' ';
                default -> chars[i];
            };
        }
        return new String(chars);
    }
}

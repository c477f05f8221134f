package org.newsgraph;

/** Input that cannot be read as an article: names the file (or "-") and the line, 0 when unknown. */
public class BadInputException extends NewsgraphException {
    private final String file;
    private final long line;

    public BadInputException(String file, long line, String reason) {
        super(location(file, line) + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public BadInputException(String file, long line, String reason, Throwable cause) {
        super(location(file, line) + ": " + reason, cause);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    private static String location(String file, long line) {
        return line > 0 ? file + ":" + line : file;
    }
}

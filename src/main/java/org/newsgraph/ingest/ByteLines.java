package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a byte stream, read without decoding, so that a line that is not valid text costs that line
 * only. A line longer than the limit is skipped to its end without being held in memory; when the stream fails
 * (a truncated gzip file) the complete lines read before are still given, then the unfinished one.
 */
final class ByteLines {
    /** One line: its bytes (without the line break), where it starts in the stream, and what went wrong. */
    record Line(byte[] bytes, long offset, long length, boolean tooLong, IOException failure) {
    }

    private final InputStream in;
    private final int maxLine;
    private final byte[] chunk = new byte[1 << 16];
    private int position;
    private int filled;
    private long consumed;
    private boolean ended;

    ByteLines(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The next line, or null at the end of the stream. */
    Line next() {
        if (ended && position >= filled) {
            return null;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long start = consumed;
        long length = 0;
        while (true) {
            if (position >= filled) {
                IOException failure = refill();
                if (failure != null || ended) {
                    if (failure == null && length == 0) {
                        return null;
                    }
                    return new Line(line.toByteArray(), start, length, length > maxLine, failure);
                }
            }
            int newline = indexOf((byte) '\n', position, filled);
            int stop = newline < 0 ? filled : newline;
            int n = stop - position;
            if (length + n <= maxLine) {
                line.write(chunk, position, n);
            }
            length += n;
            consumed += n;
            position = stop;
            if (newline >= 0) {
                position++;
                consumed++;
                byte[] bytes = line.toByteArray();
                boolean tooLong = length > maxLine;
                if (!tooLong && bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
                    bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
                }
                return new Line(tooLong ? new byte[0] : bytes, start, length, tooLong, null);
            }
        }
    }

    private IOException refill() {
        try {
            int n = in.read(chunk);
            position = 0;
            filled = Math.max(0, n);
            ended = n < 0;
            return null;
        } catch (IOException e) {
            position = 0;
            filled = 0;
            ended = true;
            return e;
        }
    }

    private int indexOf(byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chunk[i] == b) {
                return i;
            }
        }
        return -1;
    }
}

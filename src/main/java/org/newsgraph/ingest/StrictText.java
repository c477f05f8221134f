package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/** Bytes decoded strictly: a byte sequence the charset does not allow is an error that says where it stands. */
final class StrictText {
    /** Bytes that are not valid in the charset, at {@code offset} bytes from the start of what was decoded. */
    static final class Malformed extends Exception {
        final long offset;

        Malformed(long offset) {
            super("malformed at byte " + offset, null, false, false);
            this.offset = offset;
        }
    }

    private StrictText() {
    }

    static String decode(byte[] bytes, Charset charset) throws Malformed {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Malformed(in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new Malformed(in.position());
        }
        return out.flip().toString();
    }

    /** The 1-based line that holds a byte offset. */
    static long lineAt(byte[] bytes, long offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}

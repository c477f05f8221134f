package org.newsgraph.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The fields the codecs of values share (strings of any length, optional strings, entity keys), and their framing. */
public final class BinaryFields {
    private BinaryFields() {
    }

    public static void key(DataOutputStream out, EntityKey key) throws IOException {
        string(out, key.type().name());
        string(out, key.name());
    }

    public static EntityKey key(DataInputStream in) throws IOException {
        return new EntityKey(EntityType.valueOf(string(in)), string(in));
    }

    public static void keys(DataOutputStream out, Collection<EntityKey> keys) throws IOException {
        out.writeInt(keys.size());
        for (EntityKey key : keys) {
            key(out, key);
        }
    }

    public static List<EntityKey> keys(DataInputStream in) throws IOException {
        List<EntityKey> out = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            out.add(key(in));
        }
        return out;
    }

    public static void strings(DataOutputStream out, Collection<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            string(out, value);
        }
    }

    public static List<String> strings(DataInputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            out.add(string(in));
        }
        return out;
    }

    public static void optional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            string(out, value.get());
        }
    }

    public static Optional<String> optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(string(in)) : Optional.empty();
    }

    /** A string of any length (DataOutput's own UTF form stops at 64 KB). */
    public static void string(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static String string(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** An entity key, or none. */
    public static void optionalKey(DataOutputStream out, Optional<EntityKey> key) throws IOException {
        out.writeBoolean(key.isPresent());
        if (key.isPresent()) {
            key(out, key.get());
        }
    }

    public static Optional<EntityKey> optionalKey(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(key(in)) : Optional.empty();
    }

    /** A date of year, month or day precision, or none. */
    public static void time(DataOutputStream out, Optional<TimeValue> time) throws IOException {
        out.writeBoolean(time.isPresent());
        if (time.isPresent()) {
            out.writeInt(time.get().year());
            out.writeInt(time.get().month());
            out.writeInt(time.get().day());
        }
    }

    public static Optional<TimeValue> time(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(new TimeValue(in.readInt(), in.readInt(), in.readInt())) : Optional.empty();
    }

    public interface Writing {
        void to(DataOutputStream out) throws IOException;
    }

    public interface Reading<T> {
        T from(DataInputStream in) throws IOException;
    }

    public static byte[] write(Writing writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static <T> T read(byte[] bytes, Reading<T> reading) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return reading.from(in);
        } catch (IOException e) {
            throw new UncheckedIOException("not an encoded value: " + e.getMessage(), e);
        }
    }
}

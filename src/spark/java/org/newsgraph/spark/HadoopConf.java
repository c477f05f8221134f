package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The driver's Hadoop configuration, carried to the tasks (a {@link Configuration} is not serializable): the same
 * file systems and credentials on every executor as on the driver.
 */
final class HadoopConf implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, String> entries;

    HadoopConf(Configuration configuration) {
        this.entries = new HashMap<>();
        configuration.forEach(e -> entries.put(e.getKey(), e.getValue()));
    }

    Configuration configuration() {
        Configuration out = new Configuration(false);
        entries.forEach(out::set);
        return out;
    }

    FileSystem fileSystem(String path) {
        try {
            return new Path(path).getFileSystem(configuration());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + path + ": " + e.getMessage(), e);
        }
    }

    InputStream open(String path) throws IOException {
        return fileSystem(path).open(new Path(path), 1 << 16);
    }

    /** A new file; on a local disk without Hadoop's checksum file beside it (a shard is checked by its reader). */
    OutputStream create(String path) throws IOException {
        FileSystem fs = fileSystem(path);
        fs.setWriteChecksum(false);
        return fs.create(new Path(path), false);
    }
}

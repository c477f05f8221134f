package org.newsgraph.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Adler32;

import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;

/**
 * Repairs the journal of a TDB2 database whose writer was killed while it wrote a commit. Jena writes a
 * transaction's entries, then its COMMIT entry, then syncs the journal; a kill before the sync can leave a
 * partly written entry at the end, and Jena then refuses to open the database ("Failed to read the journal
 * entry data"). What follows the last complete COMMIT (or ABORT) belongs to a transaction that never
 * committed, so cutting the journal there loses nothing that was stored. Entries are read as Jena writes
 * them: length, Adler-32 checksum, type and component (4 bytes each), then the data.
 */
final class TornJournal {
    private static final int HEADER = 16;
    private static final int CHECKSUM_AT = 4;

    private TornJournal() {
    }

    /** The journals of a database folder: one per generation ({@code Data-NNNN/journal.jrnl}). */
    static List<Path> journalsIn(Path database) throws IOException {
        try (Stream<Path> files = Files.walk(database, 2)) {
            return files.filter(p -> p.getFileName().toString().equals("journal.jrnl")).toList();
        }
    }

    /**
     * Cuts the journal after its last complete COMMIT or ABORT entry when what follows is torn (incomplete,
     * or its checksum wrong). Returns whether it cut anything; a whole journal is left as it is.
     */
    static boolean repair(Path journal) throws IOException {
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long position = 0;
            long lastEnd = 0;
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (position < size) {
                header.clear();
                if (position + HEADER > size || channel.read(header, position) != HEADER) {
                    break;
                }
                header.flip();
                int length = Math.max(0, header.getInt(0));
                int checksum = header.getInt(CHECKSUM_AT);
                int type = header.getInt(8);
                if (position + HEADER + length > size) {
                    break;
                }
                ByteBuffer data = ByteBuffer.allocate(length);
                channel.read(data, position + HEADER);
                data.flip();
                Adler32 adler = new Adler32();
                header.putInt(CHECKSUM_AT, 0);
                adler.update(header.array());
                adler.update(data);
                if ((int) adler.getValue() != checksum) {
                    break;
                }
                position += HEADER + length;
                JournalEntryType entry = JournalEntryType.type(type);
                if (entry == JournalEntryType.COMMIT || entry == JournalEntryType.ABORT) {
                    lastEnd = position;
                }
            }
            if (position >= size) {
                return false; // every entry whole: not torn
            }
            channel.truncate(lastEnd);
            channel.force(true);
            return true;
        }
    }
}

package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal torn by a kill during a commit: the store opens with what was committed, and nothing else. */
class TornJournalTest {
    private static final String GRAPH = "https://example.org/article/one";

    private static void store(Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            store.dataset().begin(ReadWrite.WRITE);
            Model graph = store.dataset().getNamedModel(GRAPH);
            graph.add(ResourceFactory.createResource("https://example.org/berg"),
                    ResourceFactory.createProperty("https://example.org/metWith"),
                    ResourceFactory.createResource("https://example.org/lima"));
            store.dataset().commit();
            store.dataset().end();
        }
    }

    /** What a writer killed half way through its first entry leaves: a header that promises more data. */
    private static void tear(Path journal) throws Exception {
        ByteBuffer torn = ByteBuffer.allocate(16 + 5);
        torn.putInt(24).putInt(0x1234).putInt(1).putInt(7).put(new byte[5]);
        torn.flip();
        try (var channel = java.nio.channels.FileChannel.open(journal, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            channel.write(torn);
        }
    }

    @Test
    void aStoreWithATornJournalOpensWithEverythingCommitted(@TempDir Path dir) throws Exception {
        store(dir);
        List<Path> journals = TornJournal.journalsIn(dir);
        assertEquals(1, journals.size(), journals.toString());
        tear(journals.get(0));
        assertTrue(Files.size(journals.get(0)) > 0);
        try (GraphStore store = GraphStore.open(dir)) {
            store.dataset().begin(ReadWrite.READ);
            assertEquals(1, store.dataset().getNamedModel(GRAPH).size(), "the committed triple is there");
            store.dataset().end();
        }
    }

    @Test
    void aWholeJournalIsLeftAsItIs(@TempDir Path dir) throws Exception {
        store(dir);
        Path journal = TornJournal.journalsIn(dir).get(0);
        byte[] before = Files.readAllBytes(journal);
        assertFalse(TornJournal.repair(journal));
        assertEquals(before.length, Files.readAllBytes(journal).length);
    }
}

package org.attest.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attest.store.fs.AtomicFiles;

/**
 * Joins the files of one part that several corpora's exports wrote into the file one export of all their documents
 * writes: the part lists its documents sorted by id over all corpora, and each corpus's file holds its own in the same
 * order, one piece per document, so the pieces are taken from the corpora's files in the part's order.
 */
final class PartJoin {

    private PartJoin() {
    }

    /**
     * Writes {@code out} from the file {@code name} of each result's folder under {@code shardsDir}, document by
     * document in the order of {@code ids}; fails when a corpus's export does not hold the pieces the part needs.
     */
    static void join(List<ShardExport.Result> results, List<String> ids, String part, Path shardsDir, String name,
            Path out) throws Exception {
        Map<String, Source> owners = new HashMap<>();
        Map<String, Source> sources = new HashMap<>();
        for (ShardExport.Result r : results) {
            List<String> own = r.documents().getOrDefault(part, List.of());
            List<Long> pieces = r.pieces().getOrDefault(part, List.of());
            if (own.size() != pieces.size()) {
                throw new IllegalStateException("the " + part + " part of " + r.shard() + " lists " + own.size()
                        + " documents but its export recorded " + pieces.size() + " pieces of " + name);
            }
            Source source = new Source(r.shard(), shardsDir.resolve(r.shard()).resolve(name), own, pieces);
            sources.put(r.shard(), source);
            own.forEach(id -> owners.put(id, source));
        }
        try {
            AtomicFiles.write(out, stream -> {
                for (String id : ids) {
                    Source source = owners.get(id);
                    if (source == null) {
                        throw new IOException("no corpus exported the document '" + id + "' of the " + part + " part");
                    }
                    source.copyNext(id, stream);
                }
                for (Source source : sources.values()) {
                    source.finish();
                }
            });
        } finally {
            for (Source source : sources.values()) {
                source.close();
            }
        }
    }

    /** One corpus's file of the part, read piece by piece. */
    private static final class Source {

        private final String shard;
        private final Path file;
        private final List<String> ids;
        private final List<Long> pieces;
        private InputStream in;
        private int next;

        Source(String shard, Path file, List<String> ids, List<Long> pieces) {
            this.shard = shard;
            this.file = file;
            this.ids = ids;
            this.pieces = pieces;
        }

        void copyNext(String id, java.io.OutputStream out) throws IOException {
            if (next >= ids.size() || !ids.get(next).equals(id)) {
                throw new IOException(file + " does not hold '" + id + "' next: the export of " + shard
                        + " wrote its documents in another order than the part's");
            }
            if (in == null) {
                in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            }
            long left = pieces.get(next++);
            byte[] buffer = new byte[1 << 13];
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException(file + " ends inside the piece of '" + id + "'");
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }

        void finish() throws IOException {
            if (next < ids.size() || (in != null && in.read() != -1)) {
                throw new IOException(file + " holds more than the pieces of its " + ids.size() + " documents");
            }
        }

        void close() throws IOException {
            if (in != null) {
                in.close();
            }
        }
    }
}

package org.attest.search;

import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * How the index's writers are set up: the one of a build or large update, and the one kept open over saves.
 */
final class WriterConfigs {

    /**
     * The largest segment the small updates' merges make, in MB: they merge the segments of saves among themselves
     * and leave the build's large ones (about 40 MB each at 100,000 documents) to a large update.
     */
    private static final double SMALL_MERGES_MB = 32;

    private WriterConfigs() {
    }

    /** Returns the set-up of a writer that builds the index or makes a large update, committed by its caller. */
    static IndexWriterConfig build() {
        IndexWriterConfig config = new IndexWriterConfig(new FoldingAnalyzer());
        // the codec is named, not looked up, and the analyzers are built directly: nothing depends on ServiceLoader
        config.setCodec(new Lucene912Codec());
        // one commit for the whole build: a large buffer flushes few segments on the way; a quarter of the heap at
        // most, as flushing a sorted segment takes memory of its own (with 256 MB whatever the heap, a build of
        // 100,000 documents in a 512 MB heap had G1 report up to 508 MB in use after its young collections)
        config.setRAMBufferSizeMB(Math.min(256, Runtime.getRuntime().maxMemory() / 4.0 / (1 << 20)));
        config.setCommitOnClose(false);
        // a segment's files are not copied once more into a compound file: the index is a cache of few segments
        config.setUseCompoundFile(false);
        // each segment keeps its documents in the order of the hits, so a search stops in each at its first hits:
        // sorting at search time alone walked most hits of a common word in a large corpus (about 25% more build time,
        // README "Performance")
        config.setIndexSort(SearchFields.ORDER);
        return config;
    }

    /**
     * Returns the set-up of the writer kept open over saves: its merges run beside them, of small segments only (a
     * save once waited for a merge of large ones, 0.3-0.8 s, every few saves at 100,000 documents), and closing it
     * waits for them and commits.
     */
    static IndexWriterConfig smallUpdates() {
        TieredMergePolicy small = new TieredMergePolicy();
        small.setMaxMergedSegmentMB(SMALL_MERGES_MB);
        // and a save's reader waits for none (Lucene would wait up to half a second for small merges on each); a
        // save's segment is one compound file, not a dozen new files
        return build().setMergePolicy(small).setMaxFullFlushMergeWaitMillis(0).setUseCompoundFile(true)
                .setCommitOnClose(true);
    }
}

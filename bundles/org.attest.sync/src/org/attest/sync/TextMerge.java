package org.attest.sync;

import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeResult;

/** Git's three-way merge of line-based text, used only when it needs no conflict markers; otherwise it gives up. */
final class TextMerge {

    private TextMerge() {
    }

    /**
     * Returns the merge of {@code ours} and {@code theirs} from {@code base}, or null when lines conflict or a file is
     * binary.
     */
    static byte[] merge(byte[] base, byte[] ours, byte[] theirs) throws java.io.IOException {
        byte[] common = base == null ? new byte[0] : base;
        if (RawText.isBinary(common) || RawText.isBinary(ours) || RawText.isBinary(theirs)) {
            return null;
        }
        MergeResult<RawText> result = new MergeAlgorithm().merge(RawTextComparator.DEFAULT, new RawText(common),
                new RawText(ours), new RawText(theirs));
        if (result.containsConflicts()) {
            return null;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (MergeChunk chunk : result) {
            RawText sequence = result.getSequences().get(chunk.getSequenceIndex());
            for (int line = chunk.getBegin(); line < chunk.getEnd(); line++) {
                boolean last = line == sequence.size() - 1;
                sequence.writeLine(out, line);
                if (!last || !sequence.isMissingNewlineAtEnd()) {
                    out.write('\n');
                }
            }
        }
        return out.toByteArray();
    }
}

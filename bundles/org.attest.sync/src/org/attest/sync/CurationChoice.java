package org.attest.sync;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.attest.model.CurationRecord;
import org.attest.model.DecisionOrigin;
import org.attest.model.GoldState;
import org.attest.model.persist.CorpusModelException;
import org.attest.model.persist.CorpusModelFormat;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * The rule for a document whose curation (gold and record, which belong together) changed on both sides: a reviewer's
 * work wins over an auto-merge, which anyone can run again; between two reviewers' work the published one stays and
 * the local one is kept aside.
 */
final class CurationChoice {

    /** One curation file of the document with its local and published version. */
    record Side(String path, ObjectId ours, ObjectId theirs) {
    }

    private final ObjectReader reader;
    private final CorpusMerge merge;

    CurationChoice(ObjectReader reader, CorpusMerge merge) {
        this.reader = reader;
        this.merge = merge;
    }

    /** Decides the curation files of {@code document} as a whole. */
    void choose(String document, List<Side> files) throws IOException {
        CurationRecord ours = record(files, true);
        CurationRecord theirs = record(files, false);
        boolean oursReviewed = reviewed(ours);
        boolean theirsReviewed = reviewed(theirs);
        boolean keepOurs = oursReviewed && !theirsReviewed;
        for (Side side : files) {
            merge.take(side.path(), keepOurs ? side.ours() : side.theirs());
        }
        String where = "documents/" + document + "/curation.xmi";
        if (keepOurs) {
            merge.note(where, "'" + document
                    + "' was auto-merged elsewhere while you curated it; your curation was kept (an auto-merge can "
                    + "run again at any time)", Map.of());
        } else if (oursReviewed) {
            Map<String, ObjectId> aside = new TreeMap<>();
            files.stream().filter(s -> s.ours() != null).forEach(s -> aside.put(s.path(), s.ours()));
            merge.note(where, "'" + document + "' was curated on two machines (" + who(ours) + " here, " + who(theirs)
                    + " in the published version); one reviewer curates a document at a time, so the published curation was kept "
                    + "and yours was kept aside", aside);
        } else {
            merge.note(where, "'" + document
                    + "' was auto-merged on both sides; the published result was kept (an auto-merge can run again "
                    + "at any time)", Map.of());
        }
    }

    private CurationRecord record(List<Side> files, boolean ours) throws IOException {
        for (Side side : files) {
            if (side.path().endsWith("/curation.xmi")) {
                ObjectId id = ours ? side.ours() : side.theirs();
                if (id == null) {
                    return null;
                }
                try {
                    return CorpusModelFormat.readCurationRecord(CorpusMerge.bytes(reader, id), side.path());
                } catch (CorpusModelException e) {
                    return null;
                }
            }
        }
        return null;
    }

    // Work a reviewer did by hand: a hold, a decision of theirs, or the document marked curated.
    private static boolean reviewed(CurationRecord record) {
        return record != null && (record.getReviewer() != null || record.getState() == GoldState.CURATED
                || record.getDecisions().stream().anyMatch(d -> d.getOrigin() == DecisionOrigin.REVIEWER));
    }

    private static String who(CurationRecord record) {
        if (record == null) {
            return "nobody";
        }
        if (record.getReviewer() != null) {
            return record.getReviewer();
        }
        return record.getDecisions().stream()
                .filter(d -> d.getOrigin() == DecisionOrigin.REVIEWER && d.getReviewer() != null)
                .map(d -> d.getReviewer()).reduce((a, b) -> b).orElse("a reviewer");
    }
}

package org.attest.sync;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.attest.model.CurationRecord;
import org.attest.model.DecisionOrigin;
import org.attest.model.DocumentState;
import org.attest.model.GoldDecision;
import org.attest.model.GoldState;
import org.attest.model.Schema;
import org.attest.model.persist.CorpusModelException;
import org.attest.model.persist.CorpusModelFormat;
import org.attest.sync.internal.CorpusPath;

/** Turns changed files of a corpus (old and new content) into a {@link ChangeSummary} in the words of its users. */
final class ChangeReader {

    /** One changed file: its path, and its content before and after (null where the file did not exist). */
    record Change(CorpusPath path, byte[] before, byte[] after) {
    }

    private final ChangeSummary summary;

    /** Creates a reader filling {@code summary}. */
    ChangeReader(ChangeSummary summary) {
        this.summary = summary;
    }

    /** Adds what {@code change} did to the summary. */
    void add(Change change) {
        CorpusPath path = change.path();
        switch (path.kind()) {
            case DOCUMENT -> {
                if (change.before() == null && change.after() != null) {
                    summary.imported.add(path.document());
                }
            }
            case CAS -> person(summary.edited, path.name()).add(path.document());
            case ANNOTATOR -> annotator(path.name(), change);
            case RECORD -> curation(path.document(), change);
            case ENTITY -> (change.before() == null
                    ? summary.entitiesAdded
                    : change.after() == null
                            ? summary.entitiesRemoved
                            : summary.entitiesChanged)
                    .add(path.name());
            case CLUSTER -> summary.clusters.add(path.name());
            case SCHEMA -> {
                if (change.before() != null) {
                    summary.schemaVersion = schemaVersion(change.after());
                }
            }
            case HEADER -> {
                if (change.before() == null) {
                    summary.created = true;
                } else {
                    summary.header = true;
                }
            }
            case TEXT, GOLD -> {
                // a text arrives with its document, a gold file with its record: the other file tells the story
            }
            default -> {
                if (!org.attest.store.VersionControlFiles.isOne(path.path())) {
                    summary.other.add(path.path());
                }
            }
        }
    }

    private void annotator(String name, Change change) {
        Map<String, DocumentState> before = ProgressReader.states(change.before());
        Map<String, DocumentState> after = ProgressReader.states(change.after());
        if (change.before() == null) {
            summary.annotators.add(name);
        }
        for (Map.Entry<String, DocumentState> e : after.entrySet()) {
            DocumentState now = e.getValue();
            DocumentState then = before.getOrDefault(e.getKey(), DocumentState.NEW);
            if (now == then) {
                continue;
            }
            if (now == DocumentState.FINISHED) {
                person(summary.finished, name).add(e.getKey());
            } else if (then == DocumentState.FINISHED) {
                person(summary.reopened, name).add(e.getKey());
            }
        }
    }

    private void curation(String document, Change change) {
        CurationRecord before = record(change.before());
        CurationRecord after = record(change.after());
        if (after == null) {
            return;
        }
        GoldState then = before == null ? GoldState.NONE : org.attest.store.CurationRecords.state(before);
        GoldState now = org.attest.store.CurationRecords.state(after);
        String heldBefore = before == null ? null : before.getReviewer();
        if (after.getReviewer() != null && !after.getReviewer().equals(heldBefore)) {
            summary.taken.add(document);
        } else if (after.getReviewer() == null && heldBefore != null && now != GoldState.CURATED) {
            summary.released.add(document);
        }
        Map<String, String> reviewedBefore = decisions(before, DecisionOrigin.REVIEWER);
        Map<String, String> reviewedAfter = decisions(after, DecisionOrigin.REVIEWER);
        if (!reviewedBefore.equals(reviewedAfter)) {
            TreeSet<String> reviewers = new TreeSet<>();
            for (GoldDecision d : after.getDecisions()) {
                if (d.getOrigin() == DecisionOrigin.REVIEWER && !Objects.equals(reviewedBefore.get(key(d)), value(d))
                        && d.getReviewer() != null) {
                    reviewers.add(d.getReviewer());
                }
            }
            for (String reviewer : reviewers.isEmpty() ? java.util.Set.of("a reviewer") : reviewers) {
                person(summary.decided, reviewer).add(document);
            }
        } else if (!decisions(before, DecisionOrigin.AUTO_MERGE).equals(decisions(after, DecisionOrigin.AUTO_MERGE))) {
            summary.autoMerged.add(document);
        }
        if (now == GoldState.CURATED && then != GoldState.CURATED) {
            summary.curated.add(document);
        }
    }

    private static java.util.SortedSet<String> person(java.util.SortedMap<String, java.util.SortedSet<String>> byPerson,
            String name) {
        return byPerson.computeIfAbsent(name, k -> new TreeSet<>());
    }

    private static Map<String, String> decisions(CurationRecord record, DecisionOrigin origin) {
        Map<String, String> map = new HashMap<>();
        if (record != null) {
            for (GoldDecision d : record.getDecisions()) {
                if (d.getOrigin() == origin) {
                    map.put(key(d), value(d));
                }
            }
        }
        return map;
    }

    private static String key(GoldDecision d) {
        return d.getLayer() + "[" + d.getBegin() + "," + d.getEnd() + ")->[" + d.getToBegin() + "," + d.getToEnd()
                + ")";
    }

    private static String value(GoldDecision d) {
        return d.getVerdict() + "=" + d.getValue() + "#" + d.getComment();
    }

    private static CurationRecord record(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return CorpusModelFormat.readCurationRecord(bytes, "curation record");
        } catch (CorpusModelException e) {
            return null;
        }
    }

    private static Integer schemaVersion(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            Schema schema = CorpusModelFormat.readSchema(bytes, "schema");
            return schema.getVersion();
        } catch (CorpusModelException e) {
            return null;
        }
    }
}

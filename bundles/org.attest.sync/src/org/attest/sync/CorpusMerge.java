package org.attest.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.attest.model.persist.CorpusModelException;
import org.attest.sync.internal.CorpusPath;
import org.attest.sync.internal.CorpusPath.Kind;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Merges two versions of a corpus with Attest's rules instead of Git's line merge, so no file ever gets conflict
 * markers: a file one side changed takes that change; a file both changed is merged by what it holds (annotator
 * records per document, entities as sets of names, a document's curation as a whole) or, where that cannot be,
 * the published version stays and the local one is kept aside for the user to look at.
 */
final class CorpusMerge {

    /**
     * The merged tree and what the user must hear about it.
     *
     * @param tree the merged tree, written to the object database
     * @param notes each decision taken by rule where both sides changed something
     * @param keptAside per note (by index) the local files that were replaced, path to blob
     */
    record Outcome(ObjectId tree, List<SyncNote> notes, Map<Integer, Map<String, ObjectId>> keptAside) {
    }

    /** One path that differs between the three trees: base, ours and theirs (null where the file is missing). */
    private record Entry(CorpusPath path, ObjectId base, ObjectId ours, ObjectId theirs) {

        boolean conflict() {
            return !Objects.equals(ours, theirs) && !Objects.equals(ours, base) && !Objects.equals(theirs, base);
        }
    }

    private final Repository repository;
    private final SchemaVersions schemaVersions;
    private final boolean theirSchema;
    private final Map<String, ObjectId> result = new TreeMap<>();
    private final List<SyncNote> notes = new ArrayList<>();
    private final Map<Integer, Map<String, ObjectId>> keptAside = new LinkedHashMap<>();

    /**
     * Creates the merge; {@code theirSchema} lets a schema changed on both sides resolve to the published one, else
     * such
     * a merge is refused with both versions named by {@code schemaVersions}.
     */
    CorpusMerge(Repository repository, SchemaVersions schemaVersions, boolean theirSchema) {
        this.repository = repository;
        this.schemaVersions = schemaVersions;
        this.theirSchema = theirSchema;
    }

    /** Merges the trees {@code ours} and {@code theirs} whose common ancestor is {@code base} (null: none). */
    Outcome merge(ObjectId base, ObjectId ours, ObjectId theirs) throws IOException, SyncException {
        try (ObjectReader reader = repository.newObjectReader();
                ObjectInserter inserter = new DurableInserter(repository)) {
            List<Entry> entries = differences(reader, base, ours, theirs);
            Set<String> collided = new TreeSet<>();
            Set<String> curation = new TreeSet<>();
            for (Entry e : entries) {
                if (e.conflict() && (e.path().kind() == Kind.TEXT
                        || e.path().kind() == Kind.DOCUMENT && !sameText(entries, e.path().document()))) {
                    collided.add(e.path().document());
                }
                if (e.conflict() && e.path().curation()) {
                    curation.add(e.path().document());
                }
            }
            for (String document : collided) {
                collision(document, entries);
            }
            curation.removeAll(collided);
            for (String document : curation) {
                new CurationChoice(reader, this).choose(document,
                        entries.stream().filter(e -> document.equals(e.path().document())
                                && e.path().curation())
                                .map(e -> new CurationChoice.Side(e.path().path(), e.ours(), e.theirs())).toList());
            }
            for (Entry e : entries) {
                String document = e.path().document();
                boolean decided = document != null
                        && (collided.contains(document) || curation.contains(document) && e.path().curation());
                if (decided || result.containsKey(e.path().path())) {
                    continue;
                }
                resolve(e, reader, inserter);
            }
            ObjectId tree = write(reader, inserter, ours);
            inserter.flush();
            return new Outcome(tree, notes, keptAside);
        }
    }

    private void resolve(Entry e, ObjectReader reader, ObjectInserter inserter) throws IOException, SyncException {
        if (Objects.equals(e.ours(), e.theirs()) || Objects.equals(e.theirs(), e.base())) {
            result.put(e.path().path(), e.ours());
            return;
        }
        if (Objects.equals(e.ours(), e.base())) {
            result.put(e.path().path(), e.theirs());
            return;
        }
        String path = e.path().path();
        if (e.ours() == null || e.theirs() == null) {
            // removed on one side, changed on the other: keeping the change loses nothing
            ObjectId kept = e.ours() == null ? e.theirs() : e.ours();
            result.put(path, kept);
            notes.add(SyncNote.merged(path,
                    path + " was removed on one side and changed on the other; the changed version was kept"));
            return;
        }
        Kind kind = e.path().kind();
        if (kind == Kind.SCHEMA || kind == Kind.HEADER) {
            if (!theirSchema) {
                throw schemaVersions.conflict(path);
            }
            keepTheirs(path, e.ours(), e.theirs(),
                    path + " was changed on both sides; the published version was kept as you asked");
            return;
        }
        byte[] base = bytes(reader, e.base());
        byte[] ours = bytes(reader, e.ours());
        byte[] theirs = bytes(reader, e.theirs());
        try {
            byte[] merged = switch (kind) {
                case ANNOTATOR -> RecordMerges.annotator(e.path().name(), base, ours, theirs,
                        m -> notes.add(SyncNote.merged(path, m)));
                case ENTITY ->
                    RecordMerges.entity(e.path().name(), base, ours, theirs, m -> notes.add(SyncNote.merged(path, m)));
                case CLUSTER ->
                    RecordMerges.cluster(e.path().name(), base, ours, theirs, m -> notes.add(SyncNote.merged(path, m)));
                case OTHER -> TextMerge.merge(base, ours, theirs);
                default -> null;
            };
            if (merged != null) {
                result.put(path, inserter.insert(Constants.OBJ_BLOB, merged));
                return;
            }
        } catch (CorpusModelException unreadable) {
            keepTheirs(path, e.ours(), e.theirs(),
                    path + " was changed on both sides and one version cannot be read (" + unreadable.getMessage()
                            + "); the published version was kept");
            return;
        }
        String who = kind == Kind.CAS ? e.path().name() + "'s annotations of '" + e.path().document() + "'" : path;
        keepTheirs(path, e.ours(), e.theirs(), who + " were changed on two machines; the published version was kept");
    }

    // Two different documents imported under one id: the published one stays whole, every local file of it goes aside.
    private void collision(String document, List<Entry> entries) {
        Map<String, ObjectId> aside = new TreeMap<>();
        for (Entry e : entries) {
            if (document.equals(e.path().document())) {
                result.put(e.path().path(), e.theirs());
                if (e.ours() != null && !e.ours().equals(e.theirs())) {
                    aside.put(e.path().path(), e.ours());
                }
            }
        }
        note("documents/" + document + "/",
                "two different documents were imported as '" + document + "'; the published one was kept, and "
                        + "yours was kept aside: import its text again to add it under a new id",
                aside);
    }

    /**
     * Takes the published version of {@code path} and keeps the local one aside, telling the user with {@code message}.
     */
    void keepTheirs(String path, ObjectId ours, ObjectId theirs, String message) {
        result.put(path, theirs);
        note(path, message, ours == null ? Map.of() : Map.of(path, ours));
    }

    /** Records the merged content of {@code path} (null: the file goes). */
    void take(String path, ObjectId blob) {
        result.put(path, blob);
    }

    /** Records a note with the local files it kept aside. */
    void note(String path, String message, Map<String, ObjectId> aside) {
        if (!aside.isEmpty()) {
            keptAside.put(notes.size(), new TreeMap<>(aside));
        }
        notes.add(new SyncNote(path, message, List.copyOf(new TreeSet<>(aside.keySet())), null));
    }

    private static boolean sameText(List<Entry> entries, String document) {
        return entries.stream()
                .noneMatch(e -> e.path().kind() == Kind.TEXT && document.equals(e.path().document()) && e.conflict());
    }

    private List<Entry> differences(ObjectReader reader, ObjectId base, ObjectId ours, ObjectId theirs)
            throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repository, reader)) {
            walk.addTree(base == null ? new EmptyTreeIterator() : TreeChanges.parser(reader, base));
            walk.addTree(TreeChanges.parser(reader, ours));
            walk.addTree(TreeChanges.parser(reader, theirs));
            walk.setRecursive(true);
            walk.setFilter(TreeFilter.ANY_DIFF);
            while (walk.next()) {
                entries.add(new Entry(CorpusPath.of(walk.getPathString()), id(walk, 0), id(walk, 1), id(walk, 2)));
            }
        }
        return entries;
    }

    private static ObjectId id(TreeWalk walk, int tree) {
        return walk.getFileMode(tree) == FileMode.MISSING ? null : walk.getObjectId(tree).copy();
    }

    static byte[] bytes(ObjectReader reader, ObjectId blob) throws IOException {
        return blob == null ? null : reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
    }

    // Our tree with every decided path replaced or removed; only the trees on those paths are rewritten.
    private ObjectId write(ObjectReader reader, ObjectInserter inserter, ObjectId ours) throws IOException {
        return TreeEditor.apply(reader, inserter, ours, result);
    }
}

package org.attest.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a set of changes did to a corpus, in the words of its users: documents imported, finished, reopened and
 * edited per annotator, documents taken, decided and curated by reviewers, registry entries, the schema.
 */
public final class ChangeSummary {

    private static final int LISTED = 3;

    final SortedSet<String> imported = new TreeSet<>();
    final SortedMap<String, SortedSet<String>> finished = new TreeMap<>();
    final SortedMap<String, SortedSet<String>> reopened = new TreeMap<>();
    final SortedMap<String, SortedSet<String>> edited = new TreeMap<>();
    final SortedMap<String, SortedSet<String>> decided = new TreeMap<>();
    final SortedSet<String> taken = new TreeSet<>();
    final SortedSet<String> curated = new TreeSet<>();
    final SortedSet<String> released = new TreeSet<>();
    final SortedSet<String> autoMerged = new TreeSet<>();
    final SortedSet<String> annotators = new TreeSet<>();
    final SortedSet<String> entitiesAdded = new TreeSet<>();
    final SortedSet<String> entitiesChanged = new TreeSet<>();
    final SortedSet<String> entitiesRemoved = new TreeSet<>();
    final SortedSet<String> clusters = new TreeSet<>();
    final SortedSet<String> other = new TreeSet<>();
    Integer schemaVersion;
    boolean header;
    boolean created;

    /** Returns whether nothing changed. */
    public boolean isEmpty() {
        return describeParts(null, null).isEmpty();
    }

    /** Returns the documents any change touched, sorted. */
    public SortedSet<String> documents() {
        SortedSet<String> all = new TreeSet<>(imported);
        for (Map<String, SortedSet<String>> byPerson : List.of(finished, reopened, edited, decided)) {
            byPerson.values().forEach(all::addAll);
        }
        all.addAll(taken);
        all.addAll(curated);
        all.addAll(released);
        all.addAll(autoMerged);
        return all;
    }

    /** Returns the documents whose annotations {@code annotator} edited. */
    public Set<String> editedBy(String annotator) {
        return edited.getOrDefault(annotator, new TreeSet<>());
    }

    /** Describes the changes as made by {@code user}, e.g. "anna: finished harbour-flood-b, 3 documents edited". */
    public String describe(String user) {
        List<String> parts = describeParts(user, null);
        return user + ": " + (parts.isEmpty() ? "no changes" : String.join(", ", parts));
    }

    /** Describes only what concerns {@code document}, made by {@code user}, e.g. "finished, annotations edited". */
    public String describe(String user, String document) {
        return String.join(", ", describeParts(user, document));
    }

    private List<String> describeParts(String user, String document) {
        List<String> parts = new ArrayList<>();
        boolean one = document != null;
        if (created && !one) {
            parts.add("created the corpus");
        }
        add(parts, one ? "imported" : "imported", only(imported, document), one);
        perPerson(parts, "finished", finished, user, document);
        perPerson(parts, "reopened", reopened, user, document);
        for (Map.Entry<String, SortedSet<String>> e : edited.entrySet()) {
            Set<String> docs = only(e.getValue(), document);
            if (!docs.isEmpty()) {
                String whose = e.getKey().equals(user) ? "" : " of " + e.getKey();
                parts.add(one ? "annotations" + whose + " edited" : count(docs.size(), "document") + whose + " edited");
            }
        }
        add(parts, "took for curation", only(taken, document), one);
        for (Map.Entry<String, SortedSet<String>> e : decided.entrySet()) {
            Set<String> docs = only(e.getValue(), document);
            if (!docs.isEmpty()) {
                String who = e.getKey().equals(user) ? "" : " (" + e.getKey() + ")";
                parts.add(one ? "gold decisions" + who : "decided in " + list(docs) + who);
            }
        }
        add(parts, "marked curated", only(curated, document), one);
        add(parts, "released", only(released, document), one);
        add(parts, "auto-merged", only(autoMerged, document), one);
        if (!one) {
            registry(parts);
            if (schemaVersion != null) {
                parts.add("schema version " + schemaVersion);
            }
            SortedSet<String> others = new TreeSet<>(annotators);
            others.remove(String.valueOf(user)); // a person's record appears with their first work, which the other
                                                 // parts already tell
            if (!others.isEmpty()) {
                parts.add("new annotator(s) " + String.join(", ", others));
            }
            if (header) {
                parts.add("corpus settings");
            }
            if (!other.isEmpty()) {
                parts.add(count(other.size(), "other file"));
            }
        }
        return parts;
    }

    private void registry(List<String> parts) {
        List<String> registry = new ArrayList<>();
        if (!entitiesAdded.isEmpty()) {
            registry.add(entitiesAdded.size() + " added");
        }
        if (!entitiesChanged.isEmpty()) {
            registry.add(entitiesChanged.size() + " changed");
        }
        if (!entitiesRemoved.isEmpty()) {
            registry.add(entitiesRemoved.size() + " merged away");
        }
        if (!registry.isEmpty()) {
            parts.add("entities " + String.join(", ", registry));
        }
        if (!clusters.isEmpty()) {
            parts.add(count(clusters.size(), "claim cluster") + " changed");
        }
    }

    private static void perPerson(List<String> parts, String verb, Map<String, SortedSet<String>> byPerson, String user,
            String document) {
        for (Map.Entry<String, SortedSet<String>> e : byPerson.entrySet()) {
            Set<String> docs = only(e.getValue(), document);
            if (!docs.isEmpty()) {
                String who = e.getKey().equals(user) ? "" : " (" + e.getKey() + ")";
                parts.add(document != null ? verb + who : verb + " " + list(docs) + who);
            }
        }
    }

    private static void add(List<String> parts, String verb, Set<String> docs, boolean one) {
        if (!docs.isEmpty()) {
            parts.add(one ? verb : verb + " " + list(docs));
        }
    }

    private static Set<String> only(Set<String> docs, String document) {
        if (document == null) {
            return docs;
        }
        return docs.contains(document) ? Set.of(document) : Set.of();
    }

    private static String list(Set<String> docs) {
        return docs.size() <= LISTED ? String.join(", ", docs) : count(docs.size(), "document");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

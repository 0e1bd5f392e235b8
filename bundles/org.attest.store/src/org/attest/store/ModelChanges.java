package org.attest.store;

import java.util.LinkedHashSet;
import java.util.Set;

import org.attest.model.AnnotationState;
import org.attest.model.Annotator;
import org.attest.model.ClaimCluster;
import org.attest.model.Corpus;
import org.attest.model.CorpusPackage;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.model.Schema;
import org.attest.model.notify.TreeObject;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;

/**
 * Follows every change to a corpus model in memory and remembers which of its files must be written: the header, the
 * schema, an annotator's record, a document's metadata, an entity or a claim cluster; saving writes only those. It sits
 * on the corpus alone and hears the changes below it as a {@link TreeObject#SUBTREE} listener, not as a content
 * adapter on each of its objects.
 */
final class ModelChanges extends AdapterImpl {

    private boolean header;
    private boolean schema;
    private final Set<String> annotators = new LinkedHashSet<>();
    private final Set<Document> documents = new LinkedHashSet<>();
    private final Set<String> entities = new LinkedHashSet<>();
    private final Set<String> clusters = new LinkedHashSet<>();

    /** Returns whether nothing changed since the last save. */
    boolean isEmpty() {
        return !header && !schema && annotators.isEmpty() && documents.isEmpty() && entities.isEmpty()
                && clusters.isEmpty();
    }

    boolean header() {
        return header;
    }

    boolean schema() {
        return schema;
    }

    /** The names of the annotators whose record changed (added, removed or a state of theirs). */
    Set<String> annotators() {
        return annotators;
    }

    /** The documents whose metadata file must be written. */
    Set<Document> documents() {
        return documents;
    }

    /** The ids of the entities added, changed or removed. */
    Set<String> entities() {
        return entities;
    }

    /** The ids of the claim clusters added, changed or removed. */
    Set<String> clusters() {
        return clusters;
    }

    /** Forgets the changes, after they were written. */
    void clear() {
        header = false;
        schema = false;
        annotators.clear();
        documents.clear();
        entities.clear();
        clusters.clear();
    }

    /** Records that document {@code document}'s metadata file is already on disk as it is in memory. */
    void saved(Document document) {
        documents.remove(document);
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == TreeObject.SUBTREE;
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (notification.isTouch()) {
            return;
        }
        Object notifier = notification.getNotifier();
        if (notifier instanceof Corpus) {
            corpusChanged(notification);
        } else if (notifier instanceof Document document) {
            if (notification.getFeature() == CorpusPackage.Literals.DOCUMENT__STATES) {
                stateOwners(notification.getOldValue());
                stateOwners(notification.getNewValue());
            } else if (notification.getFeature() != CorpusPackage.Literals.DOCUMENT__GOLD_STATE) {
                documents.add(document);
            }
        } else if (notifier instanceof EObject object) {
            owner(object);
        }
    }

    private void corpusChanged(Notification n) {
        Object feature = n.getFeature();
        if (feature == CorpusPackage.Literals.CORPUS__SCHEMA) {
            schema = true;
        } else if (feature == CorpusPackage.Literals.CORPUS__ANNOTATORS) {
            for (Object value : values(n)) {
                if (value instanceof Annotator a && a.getName() != null) {
                    annotators.add(a.getName());
                }
            }
        } else if (feature == CorpusPackage.Literals.CORPUS__DOCUMENTS) {
            if (n.getEventType() == Notification.ADD || n.getEventType() == Notification.ADD_MANY) {
                for (Object value : values(n)) {
                    documents.add((Document) value);
                    stateOwners(((Document) value).getStates());
                }
            }
        } else if (feature == CorpusPackage.Literals.CORPUS__ENTITIES) {
            for (Object value : values(n)) {
                entities.add(((Entity) value).getId());
            }
        } else if (feature == CorpusPackage.Literals.CORPUS__CLAIM_CLUSTERS) {
            for (Object value : values(n)) {
                clusters.add(((ClaimCluster) value).getId());
            }
        } else {
            header = true;
        }
    }

    // Marks the file that holds a changed object inside the corpus: its schema, annotator, document, entity or cluster.
    private void owner(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof Schema) {
                schema = true;
                return;
            }
            if (o instanceof AnnotationState state) {
                stateOwners(state);
                return;
            }
            if (o instanceof Annotator a) {
                annotators.add(a.getName());
                return;
            }
            if (o instanceof Document d) {
                documents.add(d);
                return;
            }
            if (o instanceof Entity e) {
                entities.add(e.getId());
                return;
            }
            if (o instanceof ClaimCluster c) {
                clusters.add(c.getId());
                return;
            }
        }
    }

    private void stateOwners(Object value) {
        if (value instanceof AnnotationState state && state.getAnnotator() != null) {
            annotators.add(state.getAnnotator().getName());
        } else if (value instanceof Iterable<?> many) {
            many.forEach(this::stateOwners);
        }
    }

    private static Iterable<?> values(Notification n) {
        java.util.List<Object> values = new java.util.ArrayList<>();
        // a removal of many carries the removed objects as its old value and their positions (int[]) as its new one
        Object added = n.getEventType() == Notification.REMOVE_MANY ? null : n.getNewValue();
        for (Object v : new Object[]{n.getOldValue(), added}) {
            if (v instanceof Iterable<?> many) {
                many.forEach(values::add);
            } else if (v != null) {
                values.add(v);
            }
        }
        return values;
    }
}

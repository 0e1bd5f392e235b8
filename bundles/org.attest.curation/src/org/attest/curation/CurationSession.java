package org.attest.curation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.uima.cas.CAS;
import org.attest.diff.DiffResult;
import org.attest.diff.Position;
import org.attest.model.CurationRecord;
import org.attest.model.Document;
import org.attest.model.GoldDecision;
import org.attest.model.GoldState;
import org.attest.model.Schema;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.CurationRecords;

/**
 * One document under curation: the eligible annotators' CASes, the gold CAS, the decision record, and the queue of
 * positions a reviewer still has to settle. Decisions change the gold in memory; {@link #save()} writes it.
 *
 * <p>Only one reviewer curates a document at a time: the first reviewer decision records the reviewer in the curation
 * record, and other reviewers can look but not decide until the document is marked curated or released.
 */
public final class CurationSession {

    private final Document document;
    private final Schema schema;
    private final String reviewer;
    private final SortedMap<String, CAS> cases;
    private final GoldCas gold;
    private final CurationRecord record;
    private final Map<String, DiffResult> diffs;
    private final CurationQueue queue;
    private final DecisionLog log;
    private final ReviewerHold hold;
    private final ReviewerDecisions decide;
    private final SessionWrites writes;

    CurationSession(CorpusStore store, Document document, String reviewer, SortedMap<String, CAS> cases, CAS gold,
            CurationRecord record) {
        this.document = document;
        this.schema = store.corpus().getSchema();
        this.reviewer = reviewer;
        this.cases = Collections.unmodifiableSortedMap(cases);
        this.gold = new GoldCas(schema, gold);
        this.record = record;
        this.log = new DecisionLog(record, reviewer);
        this.hold = new ReviewerHold(store, document.getId(), record, reviewer);
        this.writes = new SessionWrites(new GoldWrites(new CurationFiles(store), document, this.gold, record), hold,
                log,
                record, () -> !queue().isEmpty());
        this.decide = new ReviewerDecisions(schema, document, this.cases, this.gold, log);
        this.diffs = CurationQueue.diffs(schema, this.cases);
        this.queue = new CurationQueue(diffs, annotators(), log);
    }

    /**
     * Loads {@code document} for curation by {@code reviewer} (null for auto-merge only): the annotators who finished
     * it
     * (and those still at work when {@code includeInProgress}), the gold CAS and the curation record.
     */
    public static CurationSession load(CorpusStore store, Document document, String reviewer, boolean includeInProgress)
            throws CorpusException {
        return SessionLoading.load(store, document, reviewer, includeInProgress, null);
    }

    /** Returns the document under curation. */
    public Document document() {
        return document;
    }

    /** Returns the reviewer of this session, or null for an auto-merge session. */
    public String reviewer() {
        return reviewer;
    }

    /** Returns the annotators whose work is compared, sorted. */
    public SortedSet<String> annotators() {
        return new TreeSet<>(cases.keySet());
    }

    /** Returns {@code annotator}'s CAS (read-only by convention). */
    public CAS casOf(String annotator) {
        CAS cas = cases.get(annotator);
        if (cas == null) {
            throw new IllegalArgumentException(
                    "'" + annotator + "' is not among the compared annotators " + cases.keySet());
        }
        return cas;
    }

    /** Returns the gold CAS as decided so far (in memory, saved by {@link #save()}). */
    public CAS gold() {
        return gold.cas();
    }

    /** Returns the other reviewer who holds this document's curation, if it is not this session's reviewer. */
    public Optional<String> lockedBy() {
        return hold.heldByOther();
    }

    /** Returns the gold state of the document: none, in curation or curated. */
    public GoldState goldState() {
        return CurationRecords.state(record);
    }

    /** Returns whether decisions were taken since the last save. */
    public boolean isDirty() {
        return writes.dirty();
    }

    /** Returns the diff of {@code layer} over the compared annotators. */
    public DiffResult diff(String layer) {
        DiffResult diff = diffs.get(layer);
        if (diff == null) {
            throw new IllegalArgumentException(
                    "the schema has no layer '" + layer + "'; its layers are " + diffs.keySet());
        }
        return diff;
    }

    /** Returns every position any annotator annotated or a decision covers, in document order, with its status. */
    public List<QueueItem> items() {
        return queue.items();
    }

    /** Returns the positions a reviewer still has to settle (open or changed since decided), in document order. */
    public List<QueueItem> queue() {
        return queue.open();
    }

    /** Returns where this document's curation stands. */
    public DocumentStatus status() {
        return queue.status(document.getId(), CurationRecords.state(record), record.getReviewer());
    }

    /**
     * Takes the document for this session's reviewer and writes the hold, before any decision; refused while another
     * reviewer holds it.
     */
    public void take() throws CorpusException {
        hold.require();
        writes.take();
    }

    /** Gives up the reviewer's hold on the document, whoever holds it; the decisions stay. */
    void release() {
        writes.changed(hold.release());
    }

    /** Returns the item at {@code position}. */
    public QueueItem item(Position position) {
        return items().stream().filter(i -> i.position().equals(position)).findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("nobody annotated " + position + " in '" + document.getId()
                                + "' and no decision covers it; the document's curation queue lists the positions"));
    }

    /** Returns the decisions taken so far, in document order. */
    public List<GoldDecision> decisions() {
        return log.sorted();
    }

    /** Returns the decision at {@code position}, if any. */
    public Optional<GoldDecision> decision(Position position) {
        return Optional.ofNullable(log.byPosition().get(position));
    }

    /**
     * Merges into the gold every position {@code policy} settles and no reviewer has decided; earlier auto-merges whose
     * annotations changed are undone and merged again. Reviewer decisions are never touched.
     *
     * @return the counts of positions merged now and of those waiting for a span that is not in the gold yet
     */
    public MergeCount autoMerge(MergePolicy policy) {
        AutoMerger merger = new AutoMerger(diffs, cases, gold, log);
        MergeCount count = merger.merge(policy);
        writes.changed(merger.changed());
        return count;
    }

    /** Puts {@code annotator}'s version of {@code position} into the gold. */
    public GoldDecision take(Position position, String annotator, String comment) throws CorpusException {
        hold.require();
        return decided(decide.take(item(position), annotator, comment));
    }

    /** Decides that {@code position} holds no annotation in the gold ("no annotation" is a decision too). */
    public GoldDecision reject(Position position, String comment) throws CorpusException {
        hold.require();
        return decided(decide.reject(item(position), comment));
    }

    /**
     * Puts an edited version into the gold: the current gold annotation at {@code position} (else the most supported
     * annotator's) with {@code values} (feature name to value, as {@link org.attest.cas.Layers} takes them) changed.
     */
    public GoldDecision edit(Position position, Map<String, Object> values, String comment) throws CorpusException {
        hold.require();
        return decided(decide.edit(item(position), values, comment));
    }

    /** Confirms the decision at a changed position as it stands, recording what the annotators have there now. */
    public GoldDecision keep(Position position, String comment) throws CorpusException {
        hold.require();
        return decided(decide.keep(item(position), comment));
    }

    /** Sets the comment of the decision at {@code position}. */
    public void comment(Position position, String comment) throws CorpusException {
        hold.require();
        GoldDecision decision = decision(position)
                .orElseThrow(() -> new CorpusException(
                        position + " has no decision yet; decide it before commenting on the decision"));
        decision.setComment(comment == null || comment.isBlank() ? null : comment);
        writes.changed(true);
    }

    /** Writes the gold and the curation record, which marks the gold document as in curation. */
    public void save() throws CorpusException {
        writeFiles();
    }

    /** Returns the curation record (package use: the service writes it after a merge). */
    CurationRecord record() {
        return record;
    }

    /**
     * Writes the gold and the record, marked in curation, in one transaction when something changed; returns whether it
     * wrote them.
     */
    boolean writeFiles() throws CorpusException {
        return writes.write();
    }

    /**
     * Stages the gold and the record, marked in curation, into {@code staging} when something changed, for a caller
     * that
     * publishes many documents in one transaction; returns whether it staged them. The session is spent afterwards.
     */
    boolean stageFiles(CurationFiles.Staging staging) throws CorpusException {
        return writes.stage(staging);
    }

    /** Marks the gold document curated and releases it; refused while positions are still open. */
    public void markCurated() throws CorpusException {
        hold.require();
        List<QueueItem> open = queue();
        if (!open.isEmpty()) {
            throw new CorpusException("'" + document.getId() + "' still has " + open.size()
                    + " open item(s), the first at " + open.get(0).position()
                    + "; decide them before marking the document curated");
        }
        writes.markCurated();
    }

    /** Gives the document back to curation (after it was marked curated), held by this session's reviewer. */
    public void reopen() throws CorpusException {
        hold.require();
        writes.reopen();
    }

    private GoldDecision decided(GoldDecision decision) {
        writes.changed(true);
        return decision;
    }

    /** Returns the position a decision covers. */
    public static Position position(GoldDecision decision) {
        return DecisionLog.position(decision);
    }

    /**
     * The outcome of one auto-merge of one document.
     *
     * @param merged positions merged into the gold now
     * @param waiting positions the policy settles but that wait for a span not yet in the gold
     */
    public record MergeCount(int merged, int waiting) {
    }
}

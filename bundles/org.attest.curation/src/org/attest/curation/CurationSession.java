package org.attest.curation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.store.CorpusException;
import org.attest.curation.GoldCas.MissingEndpointException;
import org.attest.store.CorpusStore;
import org.attest.store.CurationRecords;
import org.attest.diff.CasDiff;
import org.attest.diff.Configuration;
import org.attest.diff.DiffResult;
import org.attest.diff.Position;
import org.attest.model.AnnotationState;
import org.attest.model.CurationRecord;
import org.attest.model.DecisionOrigin;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.GoldDecision;
import org.attest.model.GoldState;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.Verdict;

/**
 * One document under curation: the eligible annotators' CASes, the gold CAS, the decision record, and the queue of
 * positions a reviewer still has to settle. Decisions change the gold in memory; {@link #save()} writes it.
 *
 * <p>Only one reviewer curates a document at a time: the first reviewer decision records the reviewer in the curation
 * record, and other reviewers can look but not decide until the document is marked curated or released.
 */
public final class CurationSession {

    private final CorpusStore store;
    private final Document document;
    private final Schema schema;
    private final String reviewer;
    private final SortedMap<String, CAS> cases;
    private final GoldCas gold;
    private final CurationRecord record;
    private final Map<String, DiffResult> diffs = new LinkedHashMap<>();
    private final CurationFiles files;
    private final DecisionLog log;
    private boolean dirty;

    private CurationSession(CorpusStore store, Document document, String reviewer, SortedMap<String, CAS> cases, CAS gold,
            CurationRecord record) {
        this.store = store;
        this.document = document;
        this.schema = store.corpus().getSchema();
        this.reviewer = reviewer;
        this.cases = Collections.unmodifiableSortedMap(cases);
        this.gold = new GoldCas(schema, gold);
        this.record = record;
        this.files = new CurationFiles(store);
        this.log = new DecisionLog(record, reviewer);
        // Spans first, so relations are merged after the spans they connect.
        List<Layer> ordered = new ArrayList<>(schema.getLayers());
        ordered.sort(Comparator.comparing(l -> l instanceof RelationLayer));
        for (Layer layer : ordered) {
            diffs.put(layer.getName(), CasDiff.compare(schema, cases, layer.getName()));
        }
    }

    /**
     * Loads {@code document} for curation by {@code reviewer} (null for auto-merge only): the annotators who finished it
     * (and those still at work when {@code includeInProgress}), the gold CAS and the curation record.
     */
    public static CurationSession load(CorpusStore store, Document document, String reviewer, boolean includeInProgress)
            throws CorpusException {
        return load(store, document, reviewer, includeInProgress, null);
    }

    /** Loads like {@link #load(CorpusStore, Document, String, boolean)}, reading into the CASes of {@code slots} when given. */
    static CurationSession load(CorpusStore store, Document document, String reviewer, boolean includeInProgress, CasSlots slots)
            throws CorpusException {
        return load(store, Objects.requireNonNull(document, "document"), reviewer, eligible(store, document, includeInProgress), slots);
    }

    /** Loads {@code document} comparing the given {@code annotators}, as {@link #eligible} found them. */
    static CurationSession load(CorpusStore store, Document document, String reviewer, SortedSet<String> annotators, CasSlots slots)
            throws CorpusException {
        SortedMap<String, CAS> cases = new TreeMap<>();
        int slot = 0;
        for (String annotator : annotators) {
            CAS cas = slots == null ? store.readCas(document, annotator) : slots.put(slot, store.readCas(document, annotator, slots.get(slot)));
            cases.put(annotator, cas);
            slot++;
        }
        CurationFiles files = new CurationFiles(store);
        CurationRecord record = files.readRecord(document);
        // a corpus of format 1 opened read-only keeps gold states in its model; the store knows where to look
        record.setState(store.goldState(document));
        CAS gold = files.readGold(document, record, cases.isEmpty() ? null : cases.get(cases.firstKey()), slots == null ? null : slots.get(slot));
        if (slots != null) {
            slots.put(slot, gold);
        }
        return new CurationSession(store, document, reviewer, cases, gold, record);
    }

    /** Returns the annotators whose work counts for {@code document}: finished (and in progress when asked), with a CAS file. */
    static SortedSet<String> eligible(CorpusStore store, Document document, boolean includeInProgress) {
        SortedSet<String> names = new TreeSet<>();
        for (AnnotationState state : document.getStates()) {
            String name = state.getAnnotator().getName();
            boolean counts = state.getState() == DocumentState.FINISHED || includeInProgress && state.getState() == DocumentState.IN_PROGRESS;
            if (counts && store.hasCas(document, name)) {
                names.add(name);
            }
        }
        return names;
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
            throw new IllegalArgumentException("'" + annotator + "' is not among the compared annotators " + cases.keySet());
        }
        return cas;
    }

    /** Returns the gold CAS as decided so far (in memory, saved by {@link #save()}). */
    public CAS gold() {
        return gold.cas();
    }

    /** Returns the other reviewer who holds this document's curation, if it is not this session's reviewer. */
    public Optional<String> lockedBy() {
        String holder = record.getReviewer();
        return holder == null || holder.equals(reviewer) ? Optional.empty() : Optional.of(holder);
    }

    /** Returns the gold state of the document: none, in curation or curated. */
    public GoldState goldState() {
        return CurationRecords.state(record);
    }

    /** Returns whether decisions were taken since the last save. */
    public boolean isDirty() {
        return dirty;
    }

    /** Returns the diff of {@code layer} over the compared annotators. */
    public DiffResult diff(String layer) {
        DiffResult diff = diffs.get(layer);
        if (diff == null) {
            throw new IllegalArgumentException("the schema has no layer '" + layer + "'; its layers are " + diffs.keySet());
        }
        return diff;
    }

    /** Returns every position any annotator annotated or a decision covers, in document order, with its status. */
    public List<QueueItem> items() {
        return queueOf().items();
    }

    /** Returns the positions a reviewer still has to settle (open or changed since decided), in document order. */
    public List<QueueItem> queue() {
        return queueOf().open();
    }

    /** Returns where this document's curation stands. */
    public DocumentStatus status() {
        List<QueueItem> items = items();
        int[] counts = queueOf().counts(items);
        GoldState state = CurationRecords.state(record);
        return new DocumentStatus(document.getId(), state, annotators(), items.size(), counts[ItemStatus.values().length],
                counts[ItemStatus.AUTO_MERGED.ordinal()], counts[ItemStatus.DECIDED.ordinal()], counts[ItemStatus.OPEN.ordinal()],
                counts[ItemStatus.CHANGED.ordinal()], record.getReviewer());
    }

    private CurationQueue queueOf() {
        return new CurationQueue(diffs, annotators(), log);
    }

    /** Takes the document for this session's reviewer and writes the hold, before any decision; refused while another reviewer holds it. */
    public void take() throws CorpusException {
        requireReviewer();
        if (record.getReviewer() == null) {
            claim();
            dirty = true;
            writeFiles();
        }
    }

    /** Gives up the reviewer's hold on the document, whoever holds it; the decisions stay. */
    void release() {
        if (record.getReviewer() != null) {
            record.setReviewer(null);
            record.setReviewerSince(null);
            dirty = true;
        }
    }

    /** Returns the item at {@code position}. */
    public QueueItem item(Position position) {
        return items().stream().filter(i -> i.position().equals(position)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("nobody annotated " + position + " in '" + document.getId()
                        + "' and no decision covers it; the document's curation queue lists the positions"));
    }

    /** Returns the decisions taken so far, in document order. */
    public List<GoldDecision> decisions() {
        return log.sorted();
    }

    /** Returns the decision at {@code position}, if any. */
    public Optional<GoldDecision> decision(Position position) {
        return Optional.ofNullable(decisionsByPosition().get(position));
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
        dirty |= merger.changed();
        return count;
    }

    /** Puts {@code annotator}'s version of {@code position} into the gold. */
    public GoldDecision take(Position position, String annotator, String comment) throws CorpusException {
        requireReviewer();
        QueueItem item = item(position);
        Configuration chosen = item.configurationOf(annotator);
        if (chosen == null) {
            throw new CorpusException("'" + annotator + "' has no annotation at " + position + " in '" + document.getId() + "'; take one of "
                    + item.configurations().stream().flatMap(c -> c.annotators().stream()).toList() + " or reject it");
        }
        put(position, gold.find(cases.get(annotator), position, chosen), Map.of());
        return record(position, Verdict.ACCEPTED, Basis.describe(chosen), chosen.annotators(), Basis.of(item.configurations()), comment,
                DecisionOrigin.REVIEWER, null);
    }

    /** Decides that {@code position} holds no annotation in the gold ("no annotation" is a decision too). */
    public GoldDecision reject(Position position, String comment) throws CorpusException {
        requireReviewer();
        QueueItem item = item(position);
        Map<Position, GoldDecision> decisions = decisionsByPosition();
        for (Position removed : gold.remove(position)) {
            record.getDecisions().remove(decisions.get(removed));
        }
        return record(position, Verdict.REJECTED, "(no annotation)", item.missing(), Basis.of(item.configurations()), comment,
                DecisionOrigin.REVIEWER, null);
    }

    /**
     * Puts an edited version into the gold: the current gold annotation at {@code position} (else the most supported
     * annotator's) with {@code values} (feature name to value, as {@link org.attest.cas.Layers} takes them) changed.
     */
    public GoldDecision edit(Position position, Map<String, Object> values, String comment) throws CorpusException {
        requireReviewer();
        QueueItem item = item(position);
        List<AnnotationFS> current = gold.at(position);
        AnnotationFS base;
        if (!current.isEmpty()) {
            base = current.get(0);
        } else if (!item.configurations().isEmpty()) {
            Configuration top = item.configurations().get(0);
            base = gold.find(cases.get(top.annotators().first()), position, top);
        } else {
            throw new CorpusException(position + " is neither in the gold nor annotated by anyone; there is nothing to edit");
        }
        AnnotationFS edited = put(position, base, values);
        Configuration result = null;
        for (Configuration c : item.configurations()) {
            if (CasDiff.holds(schema, position.layer(), edited, c)) {
                result = c;
            }
        }
        SortedSet<String> supporters = result == null ? new TreeSet<>() : result.annotators();
        String value = describe(edited, position);
        return record(position, result == null ? Verdict.EDITED : Verdict.ACCEPTED, value, supporters, Basis.of(item.configurations()),
                comment, DecisionOrigin.REVIEWER, null);
    }

    /** Confirms the decision at a changed position as it stands, recording what the annotators have there now. */
    public GoldDecision keep(Position position, String comment) throws CorpusException {
        requireReviewer();
        QueueItem item = item(position);
        GoldDecision previous = item.decision();
        if (previous == null) {
            throw new CorpusException(position + " has no decision to keep; take an annotator's version, edit or reject it");
        }
        return record(position, previous.getVerdict(), previous.getValue(), new TreeSet<>(previous.getSupporters()),
                Basis.of(item.configurations()), comment == null ? previous.getComment() : comment, DecisionOrigin.REVIEWER, null);
    }

    /** Sets the comment of the decision at {@code position}. */
    public void comment(Position position, String comment) throws CorpusException {
        requireReviewer();
        GoldDecision decision = decision(position)
                .orElseThrow(() -> new CorpusException(position + " has no decision yet; decide it before commenting on the decision"));
        decision.setComment(comment == null || comment.isBlank() ? null : comment);
        dirty = true;
    }

    /** Writes the gold and the curation record, which marks the gold document as in curation. */
    public void save() throws CorpusException {
        writeFiles();
    }

    /** Returns the curation record (package use: the service writes it after a merge). */
    CurationRecord record() {
        return record;
    }

    /** Writes the gold and the record, marked in curation, in one transaction when something changed; returns whether it wrote them. */
    boolean writeFiles() throws CorpusException {
        if (!dirty) {
            return false;
        }
        markInCuration();
        files.write(document, gold.cas(), record);
        dirty = false;
        return true;
    }

    /**
     * Stages the gold and the record, marked in curation, into {@code staging} when something changed, for a caller that
     * publishes many documents in one transaction; returns whether it staged them. The session is spent afterwards.
     */
    boolean stageFiles(CurationFiles.Staging staging) throws CorpusException {
        if (!dirty) {
            return false;
        }
        markInCuration();
        try {
            files.stage(document, gold.cas(), record, staging);
        } catch (IOException e) {
            throw new CorpusException("cannot stage the gold and curation record of '" + document.getId() + "': " + e.getMessage()
                    + ". Free space or fix permissions and try again", e);
        }
        return true;
    }

    private void markInCuration() {
        GoldState state = record.getState();
        if (state == null || state == GoldState.NONE || state == GoldState.CURATED && !queue().isEmpty()) {
            record.setState(GoldState.IN_CURATION);
        }
    }

    /** Marks the gold document curated and releases it; refused while positions are still open. */
    public void markCurated() throws CorpusException {
        requireReviewer();
        List<QueueItem> open = queue();
        if (!open.isEmpty()) {
            throw new CorpusException("'" + document.getId() + "' still has " + open.size() + " open item(s), the first at " + open.get(0).position()
                    + "; decide them before marking the document curated");
        }
        String holder = record.getReviewer();
        Date since = record.getReviewerSince();
        GoldState state = record.getState();
        record.setReviewer(null);
        record.setReviewerSince(null);
        record.setState(GoldState.CURATED);
        writeOrRestore(holder, since, state);
    }

    /** Gives the document back to curation (after it was marked curated), held by this session's reviewer. */
    public void reopen() throws CorpusException {
        requireReviewer();
        String holder = record.getReviewer();
        Date since = record.getReviewerSince();
        GoldState state = record.getState();
        record.setState(GoldState.IN_CURATION);
        claim();
        writeOrRestore(holder, since, state);
    }

    // Writes the gold and the record in one transaction; when that fails the session's hold and state are put back as on disk.
    private void writeOrRestore(String holder, Date since, GoldState state) throws CorpusException {
        try {
            files.write(document, gold.cas(), record);
        } catch (CorpusException e) {
            record.setReviewer(holder);
            record.setReviewerSince(since);
            record.setState(state);
            throw e;
        }
        dirty = false;
    }

    private AnnotationFS put(Position position, AnnotationFS source, Map<String, Object> values) throws CorpusException {
        try {
            return gold.replace(source, position, values);
        } catch (MissingEndpointException e) {
            throw new CorpusException("cannot put " + position + " into the gold: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CorpusException("cannot put " + position + " into the gold: " + e.getMessage(), e);
        }
    }

    private void requireReviewer() throws CorpusException {
        if (reviewer == null) {
            throw new IllegalStateException("an auto-merge session takes no reviewer decisions");
        }
        Optional<String> holder = lockedBy();
        if (holder.isPresent()) {
            throw new CorpusException("'" + document.getId() + "' is being curated by '" + holder.get() + "' since "
                    + format(record.getReviewerSince()) + "; one reviewer curates a document at a time", CorpusException.Remedy.RELEASE_CURATION,
                    store.layout().dir(), document.getId(), holder.get());
        }
    }

    private void claim() {
        log.claim();
    }

    private GoldDecision record(Position position, Verdict verdict, String value, SortedSet<String> supporters, String basis, String comment,
            DecisionOrigin origin, String rule) {
        GoldDecision decision = log.add(position, verdict, value, supporters, basis, comment, origin, rule);
        dirty = true;
        return decision;
    }

    private String describe(AnnotationFS fs, Position position) {
        for (Configuration c : CasDiff.compare(schema, Map.of("gold", gold.cas()), position.layer()).configurations(position)) {
            if (CasDiff.holds(schema, position.layer(), fs, c)) {
                return Basis.describe(c);
            }
        }
        return position.layer();
    }

    private Map<Position, GoldDecision> decisionsByPosition() {
        return log.byPosition();
    }

    /** Returns the position a decision covers. */
    public static Position position(GoldDecision decision) {
        return DecisionLog.position(decision);
    }

    static String format(Date date) {
        return DecisionLog.format(date);
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

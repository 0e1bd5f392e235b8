package org.attest.curation;

import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

import org.attest.diff.Configuration;
import org.attest.diff.Position;
import org.attest.model.CurationRecord;
import org.attest.model.DecisionOrigin;
import org.attest.model.GoldDecision;
import org.attest.model.Verdict;

/**
 * Records in a curation record the decisions a reviewer took in another tool (such as INCEpTION's curation), field by
 * field as the curation records its own, so that the curation sees them decided, not changed since, and merging keeps
 * them like a reviewer's; the record's hold stays as it is.
 */
public final class ImportedDecisions {

    private final DecisionLog log;
    private final String comment;
    private final Date time;

    /**
     * Creates the recorder of decisions by {@code reviewer}, taken at {@code time}, each with {@code comment} (such as
     * where they come from), into {@code record}.
     */
    public ImportedDecisions(CurationRecord record, String reviewer, String comment, Date time) {
        this.log = new DecisionLog(Objects.requireNonNull(record, "record"), Objects.requireNonNull(reviewer,
                "reviewer"));
        this.comment = comment;
        this.time = time;
    }

    /**
     * Records that the gold has {@code chosen} at {@code position} where the annotators had {@code theirs}: an accepted
     * decision supported by the annotators whose configuration has its label and features, replacing an earlier
     * decision there.
     */
    public GoldDecision accepted(Position position, Configuration chosen, List<Configuration> theirs) {
        SortedSet<String> supporters = new TreeSet<>();
        for (Configuration c : theirs) {
            if (c.label().equals(chosen.label()) && c.features().equals(chosen.features())) {
                supporters.addAll(c.annotators());
            }
        }
        return log.put(position, Verdict.ACCEPTED, Basis.describe(chosen), supporters, Basis.of(theirs), comment,
                DecisionOrigin.REVIEWER, null, time);
    }
}

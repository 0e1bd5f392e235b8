package org.attest.suggest;

import org.apache.uima.cas.Feature;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.edit.AbstractEditCommand;
import org.attest.edit.CreateAnnotationCommand;

/** Marks the span that {@code create} added with the recommender it was suggested by; undo clears the mark. */
final class SuggestedByCommand extends AbstractEditCommand {

    private final CreateAnnotationCommand create;
    private final String recommender;

    SuggestedByCommand(CreateAnnotationCommand create, String recommender) {
        super("Mark as suggested by " + recommender);
        this.create = create;
        this.recommender = recommender;
    }

    @Override
    protected void doExecute() {
        set(recommender);
    }

    @Override
    protected void doUndo() {
        set(null);
    }

    @Override
    protected void doRedo() {
        set(recommender);
    }

    private void set(String value) {
        AnnotationFS span = create.created();
        Feature feature = span.getType().getFeatureByBaseName(AttestTypes.SUGGESTED_BY);
        if (feature == null) {
            throw new IllegalArgumentException("The " + span.getType().getShortName() + " type of this CAS has no '"
                    + AttestTypes.SUGGESTED_BY + "' feature: the CAS was made with an older type system; reopen the"
                    + " document");
        }
        span.setStringValue(feature, value);
    }
}

package org.attest.inception;

import java.util.Locale;

import org.attest.model.DocumentState;
import org.attest.model.GoldState;

/**
 * The names of INCEpTION's project export: its folders, files, users and states, and how the states map to Attest's.
 */
final class InceptionLayout {

    /** The project JSON at the archive's root is named {@code exportedproject*.json}. */
    static final String PROJECT_JSON_PREFIX = "exportedproject";

    /** The project JSON this exporter writes. */
    static final String PROJECT_JSON = PROJECT_JSON_PREFIX + ".json";

    /** The original files of the source documents, by document name. */
    static final String SOURCE = "source";

    /** The annotators' documents converted to an export format: {@code annotation/DOC/USER.EXT}. */
    static final String ANNOTATION = "annotation";

    /** The annotators' serialized CASes, which INCEpTION reads back: {@code annotation_ser/DOC/USER.ser}. */
    static final String ANNOTATION_SER = "annotation_ser";

    /** The curated documents converted to an export format: {@code curation/DOC/CURATION_USER.EXT}. */
    static final String CURATION = "curation";

    /** The curated documents' serialized CASes: {@code curation_ser/DOC/CURATION_USER.ser}. */
    static final String CURATION_SER = "curation_ser";

    /** The pseudo-user whose documents are the curation. */
    static final String CURATION_USER = "CURATION_USER";

    /** The pseudo-user of the document as first imported, before anyone annotated. */
    static final String INITIAL_CAS_USER = "INITIAL_CAS";

    /** The format id INCEpTION gives plain text. */
    static final String TEXT_FORMAT = "text";

    /** INCEpTION's named entity type, whose feature {@code value} holds the label. */
    static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";

    /** The namespace of DKPro Core's tokens and sentences, which are the text's segmentation, not a layer. */
    static final String SEGMENTATION_NAMESPACE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.";

    /** The namespace of INCEpTION's custom layers. */
    static final String CUSTOM_NAMESPACE = "webanno.custom.";

    private InceptionLayout() {
    }

    /** Returns the Attest state of an INCEpTION annotation document state (unknown ones: in progress). */
    static DocumentState annotatorState(String state) {
        return switch (state == null ? "" : state.toUpperCase(Locale.ROOT)) {
            case "NEW" -> DocumentState.NEW;
            case "FINISHED" -> DocumentState.FINISHED;
            case "IGNORE" -> DocumentState.LOCKED;
            default -> DocumentState.IN_PROGRESS;
        };
    }

    /** Returns the INCEpTION annotation document state of an Attest state. */
    static String annotatorState(DocumentState state) {
        return switch (state) {
            case NEW -> "NEW";
            case FINISHED -> "FINISHED";
            case LOCKED -> "IGNORE";
            case IN_PROGRESS -> "IN_PROGRESS";
        };
    }

    /** Returns the gold state of an INCEpTION source document state, given whether a curated document came with it. */
    static GoldState goldState(String sourceState, boolean curated) {
        String state = sourceState == null ? "" : sourceState.toUpperCase(Locale.ROOT);
        if (state.equals("CURATION_FINISHED")) {
            return GoldState.CURATED;
        }
        return curated || state.equals("CURATION_IN_PROGRESS") ? GoldState.IN_CURATION : GoldState.NONE;
    }

    /** Returns the INCEpTION source document state of a document with this gold state and annotators' work. */
    static String sourceState(GoldState gold, boolean annotated, boolean allFinished) {
        if (gold == GoldState.CURATED) {
            return "CURATION_FINISHED";
        }
        if (gold == GoldState.IN_CURATION) {
            return "CURATION_IN_PROGRESS";
        }
        if (allFinished) {
            return "ANNOTATION_FINISHED";
        }
        return annotated ? "ANNOTATION_IN_PROGRESS" : "NEW";
    }
}

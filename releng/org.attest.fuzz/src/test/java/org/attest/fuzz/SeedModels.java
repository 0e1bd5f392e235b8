package org.attest.fuzz;

import java.util.Date;
import java.util.List;

import org.attest.model.Annotator;
import org.attest.model.AnnotatorRecord;
import org.attest.model.ClaimCluster;
import org.attest.model.CorpusFactory;
import org.attest.model.CurationRecord;
import org.attest.model.DecisionOrigin;
import org.attest.model.Document;
import org.attest.model.DocumentProgress;
import org.attest.model.DocumentState;
import org.attest.model.Entity;
import org.attest.model.GoldDecision;
import org.attest.model.GoldState;
import org.attest.model.MetadataEntry;
import org.attest.model.Verdict;

/** The corpus model parts the seeds are written from, one of each kind with every attribute set. */
final class SeedModels {

    private static final CorpusFactory MODEL = CorpusFactory.eINSTANCE;

    private SeedModels() {
    }

    static Document document() {
        Document d = MODEL.createDocument();
        d.setId("harbour-1");
        d.setTitle("Storm closes harbour");
        d.setOutlet("Coast Courier");
        d.setLanguage("en");
        d.setPublicationDate("2024-03-02");
        d.setSourceFileName("articles.jsonl:1");
        d.setTextSha256("5d41402abc4b2a76b9719d911017c592");
        d.setTextLength(82);
        d.setImported(new Date(1_709_337_600_000L));
        MetadataEntry entry = MODEL.createMetadataEntry();
        entry.setKey("byline");
        entry.setValue("Staff");
        d.getMetadata().add(entry);
        return d;
    }

    static AnnotatorRecord record() {
        AnnotatorRecord r = MODEL.createAnnotatorRecord();
        Annotator a = MODEL.createAnnotator();
        a.setName("anna");
        a.setDisplayName("Anna A.");
        a.setAdded(new Date(1_709_337_600_000L));
        r.setAnnotator(a);
        for (DocumentState state : List.of(DocumentState.IN_PROGRESS, DocumentState.FINISHED)) {
            DocumentProgress p = MODEL.createDocumentProgress();
            p.setDocument("harbour-" + state.getValue());
            p.setState(state);
            p.setUpdated(new Date(1_709_400_000_000L));
            r.getProgress().add(p);
        }
        return r;
    }

    static Entity entity() {
        Entity e = MODEL.createEntity();
        e.setId("e-police");
        e.setCanonicalName("Coast Police");
        e.setType("ORGANIZATION");
        e.setKnowledgeBaseId("Q1");
        e.getAliases().addAll(List.of("Police", "the police"));
        e.getMergedIds().add("e-cops");
        return e;
    }

    static ClaimCluster cluster() {
        ClaimCluster c = MODEL.createClaimCluster();
        c.setId("c-1");
        c.setProposition("40 people left the harbour");
        c.setNote("same figure in two outlets");
        return c;
    }

    static CurationRecord curation() {
        CurationRecord r = MODEL.createCurationRecord();
        r.setDocument("harbour-1");
        r.setReviewer("rita");
        r.setReviewerSince(new Date(1_709_400_000_000L));
        r.setGoldSha256("5d41402abc4b2a76b9719d911017c592");
        r.setState(GoldState.values()[GoldState.values().length - 1]);
        GoldDecision d = MODEL.createGoldDecision();
        d.setLayer("Claim");
        d.setBegin(12);
        d.setEnd(38);
        d.setVerdict(Verdict.EDITED);
        d.setOrigin(DecisionOrigin.REVIEWER);
        d.setValue("statistic");
        d.setReviewer("rita");
        d.setTime(new Date(1_709_400_000_000L));
        d.setComment("value checked");
        r.getDecisions().add(d);
        return r;
    }
}

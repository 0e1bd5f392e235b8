package org.attest.store;

import java.util.Date;

import org.attest.model.Annotator;
import org.attest.model.AnnotatorRecord;
import org.attest.model.ClaimCluster;
import org.attest.model.CorpusFactory;
import org.attest.model.CorpusPackage;
import org.attest.model.Document;
import org.attest.model.DocumentProgress;
import org.attest.model.DocumentState;
import org.attest.model.Entity;
import org.attest.model.MetadataEntry;
import org.attest.store.cache.Decoder;
import org.attest.store.cache.Encoder;

/**
 * The compact binary form of the model parts the model cache keeps: a document's metadata, an annotator's record, an
 * entity and a claim cluster, every attribute as it was read from the part's XMI file, an unset one stays unset.
 */
final class PartCodec {

    private static final CorpusFactory F = CorpusFactory.eINSTANCE;

    private PartCodec() {
    }

    static void document(Encoder out, Document d) {
        text(out, d.getId());
        text(out, d.getTitle());
        text(out, d.getOutlet());
        text(out, d.getLanguage());
        text(out, d.getOriginalLanguage());
        text(out, d.getPublicationDate());
        text(out, d.getSourceFileName());
        text(out, d.getTextSha256());
        out.signed(d.eIsSet(CorpusPackage.Literals.DOCUMENT__TEXT_LENGTH) ? d.getTextLength() : Integer.MIN_VALUE);
        date(out, d.getImported());
        out.number(d.getMetadata().size());
        for (MetadataEntry e : d.getMetadata()) {
            text(out, e.getKey());
            text(out, e.getValue());
        }
    }

    static Document document(Decoder in) {
        Document d = F.createDocument();
        d.setId(text(in));
        d.setTitle(text(in));
        d.setOutlet(text(in));
        d.setLanguage(text(in));
        d.setOriginalLanguage(text(in));
        d.setPublicationDate(text(in));
        d.setSourceFileName(text(in));
        d.setTextSha256(text(in));
        int length = in.signed();
        if (length != Integer.MIN_VALUE) {
            d.setTextLength(length);
        }
        d.setImported(date(in));
        for (int i = in.number(); i > 0; i--) {
            MetadataEntry e = F.createMetadataEntry();
            e.setKey(text(in));
            e.setValue(text(in));
            d.getMetadata().add(e);
        }
        return d;
    }

    static void annotator(Encoder out, AnnotatorRecord r) {
        Annotator a = r.getAnnotator();
        text(out, a.getName());
        text(out, a.getDisplayName());
        date(out, a.getAdded());
        out.number(r.getProgress().size());
        for (DocumentProgress p : r.getProgress()) {
            text(out, p.getDocument());
            out.signed(p.eIsSet(CorpusPackage.Literals.DOCUMENT_PROGRESS__STATE) ? p.getState().getValue() : -1);
            date(out, p.getUpdated());
        }
    }

    static AnnotatorRecord annotator(Decoder in) {
        AnnotatorRecord r = F.createAnnotatorRecord();
        Annotator a = F.createAnnotator();
        a.setName(text(in));
        a.setDisplayName(text(in));
        a.setAdded(date(in));
        r.setAnnotator(a);
        for (int i = in.number(); i > 0; i--) {
            DocumentProgress p = F.createDocumentProgress();
            p.setDocument(text(in));
            int state = in.signed();
            if (state >= 0) {
                p.setState(DocumentState.get(state));
            }
            p.setUpdated(date(in));
            r.getProgress().add(p);
        }
        return r;
    }

    static void entity(Encoder out, Entity e) {
        text(out, e.getId());
        text(out, e.getCanonicalName());
        text(out, e.getType());
        text(out, e.getKnowledgeBaseId());
        list(out, e.getAliases());
        list(out, e.getMergedIds());
    }

    static Entity entity(Decoder in) {
        Entity e = F.createEntity();
        e.setId(text(in));
        e.setCanonicalName(text(in));
        e.setType(text(in));
        e.setKnowledgeBaseId(text(in));
        list(in, e.getAliases());
        list(in, e.getMergedIds());
        return e;
    }

    static void cluster(Encoder out, ClaimCluster c) {
        text(out, c.getId());
        text(out, c.getProposition());
        text(out, c.getNote());
    }

    static ClaimCluster cluster(Decoder in) {
        ClaimCluster c = F.createClaimCluster();
        c.setId(text(in));
        c.setProposition(text(in));
        c.setNote(text(in));
        return c;
    }

    private static void list(Encoder out, java.util.List<String> values) {
        out.number(values.size());
        values.forEach(v -> text(out, v));
    }

    private static void list(Decoder in, java.util.List<String> into) {
        for (int i = in.number(); i > 0; i--) {
            into.add(text(in));
        }
    }

    // A null string is written as the length 0 followed by a marker byte 0; a real string of length n as n+1.
    private static void text(Encoder out, String value) {
        if (value == null) {
            out.number(0);
        } else {
            byte[] utf8 = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.number(utf8.length + 1);
            out.raw(utf8, utf8.length);
        }
    }

    private static String text(Decoder in) {
        int length = in.number();
        return length == 0 ? null : new String(in.bytes(length - 1), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void date(Encoder out, Date date) {
        out.bits(date == null ? Long.MIN_VALUE : date.getTime());
    }

    private static Date date(Decoder in) {
        long time = in.bits();
        return time == Long.MIN_VALUE ? null : new Date(time);
    }
}

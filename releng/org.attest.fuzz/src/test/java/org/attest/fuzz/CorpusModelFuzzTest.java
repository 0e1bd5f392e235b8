package org.attest.fuzz;

import java.util.Iterator;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.attest.cas.CasFactory;
import org.attest.model.Schema;
import org.attest.model.persist.CorpusModelException;
import org.attest.model.persist.CorpusModelFormat;
import org.attest.model.persist.CorpusPartsFormat;
import org.eclipse.emf.ecore.EObject;

/**
 * Fuzzes the readers of the corpus model's files: {@code corpus.xmi} (the header, or a whole corpus of format 1), the
 * schema and the split parts (document, annotator record, entity, claim cluster, curation record). A model that was
 * read is walked as the services walk it, every reference followed.
 */
final class CorpusModelFuzzTest {

    private static final Set<Class<? extends Exception>> OWN = Set.of(CorpusModelException.class);

    /** A corpus.xmi is read, or refused naming the file. */
    @FuzzTest
    void corpusHeaderIsReadOrRefusedByName(byte[] input) {
        readOrRefuse("fuzz/corpus.xmi", () -> walk(CorpusModelFormat.read(input, "fuzz/corpus.xmi")));
    }

    /**
     * A schema.xmi is read, or refused naming the file; a schema that was read either gives a UIMA type system or is
     * refused by CasFactory with an IllegalArgumentException that names the offending layer or feature.
     */
    @FuzzTest
    void schemaIsReadOrRefusedByName(byte[] input) {
        readOrRefuse("fuzz/schema.xmi", () -> {
            Schema schema = CorpusModelFormat.readSchema(input, "fuzz/schema.xmi");
            walk(schema);
            try {
                new CasFactory(schema);
            } catch (IllegalArgumentException e) {
                // CasFactory's refusal of a schema UIMA cannot take, which names the schema and the layer or feature
                if (!String.valueOf(e.getMessage()).matches("(?s)(Schema|Layer) '.*")) {
                    throw e;
                }
            }
        });
    }

    /** A documents/ID/document.xmi is read, or refused naming the file. */
    @FuzzTest
    void documentPartIsReadOrRefusedByName(byte[] input) {
        readOrRefuse("fuzz/document.xmi", () -> walk(CorpusPartsFormat.readDocument(input, "fuzz/document.xmi")));
    }

    /** An annotators/NAME.xmi is read, or refused naming the file. */
    @FuzzTest
    void annotatorRecordIsReadOrRefusedByName(byte[] input) {
        readOrRefuse("fuzz/anna.xmi", () -> walk(CorpusPartsFormat.readAnnotatorRecord(input, "fuzz/anna.xmi")));
    }

    /** A registry/entities/ID.xmi is read, or refused naming the file. */
    @FuzzTest
    void entityPartIsReadOrRefusedByName(byte[] input) {
        readOrRefuse("fuzz/entity.xmi", () -> walk(CorpusPartsFormat.readEntity(input, "fuzz/entity.xmi")));
    }

    /** A registry/clusters/ID.xmi is read, or refused naming the file. */
    @FuzzTest
    void clusterPartIsReadOrRefusedByName(byte[] input) {
        readOrRefuse("fuzz/cluster.xmi", () -> walk(CorpusPartsFormat.readCluster(input, "fuzz/cluster.xmi")));
    }

    /** A document's curation record is read, or refused naming the file. */
    @FuzzTest
    void curationRecordIsReadOrRefusedByName(byte[] input) {
        readOrRefuse("fuzz/curation.xmi", () -> walk(CorpusModelFormat.readCurationRecord(input, "fuzz/curation.xmi")));
    }

    private static void readOrRefuse(String name, Contract.Reading reading) {
        Contract.readOrRefuse(reading, OWN, name);
    }

    // Follows every containment and cross reference, as the services do when they use a model; a reference to an
    // object in another resource is resolved on such an access.
    private static void walk(EObject root) {
        visit(root);
        for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
            visit(all.next());
        }
    }

    private static void visit(EObject object) {
        for (EObject referenced : object.eCrossReferences()) {
            referenced.eClass();
        }
        object.eClass().getEAllAttributes().forEach(attribute -> object.eGet(attribute));
    }
}

package org.attest.dkpro;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.apache.uima.fit.factory.CollectionReaderFactory.createReaderDescription;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.collection.CollectionReaderDescription;
import org.apache.uima.fit.pipeline.JCasIterable;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.io.conll.Conll2003Reader;
import org.dkpro.core.io.xmi.XmiWriter;

/** DKPro Core 2.5.0 as the client of the round trips: its CoNLL-2003 reader and its XMI writer. */
final class Dkpro {

    /** The type system file DKPro's XmiWriter writes next to the XMI files (as INCEpTION's XMI export does). */
    static final String TYPE_SYSTEM = "TypeSystem.xml";

    private Dkpro() {
    }

    /** A named entity as DKPro read it: its value and the indexes of its first and last token in the document. */
    record Entity(String value, int firstToken, int lastToken, String text) {
    }

    /** A document as DKPro's {@code Conll2003Reader} read it: token texts by sentence, and the named entities. */
    record Reading(List<List<String>> sentences, List<Entity> entities) {
    }

    /**
     * Reads {@code conll} with {@code Conll2003Reader} (POS, chunks and named entities), applies {@code relabel} to
     * every named entity's value and writes the CAS with {@code XmiWriter} and its type system into {@code folder};
     * returns the XMI file, named after the CoNLL file without its extension.
     */
    static Path toXmi(Path conll, Path folder, UnaryOperator<String> relabel) throws UIMAException, IOException {
        Files.createDirectories(folder);
        AnalysisEngine writer = createEngine(XmiWriter.class, XmiWriter.PARAM_TARGET_LOCATION, folder.toString(),
                XmiWriter.PARAM_STRIP_EXTENSION, true, XmiWriter.PARAM_OVERWRITE, true,
                XmiWriter.PARAM_TYPE_SYSTEM_FILE, folder.resolve(TYPE_SYSTEM).toString());
        for (JCas jcas : new JCasIterable(reader(conll, true))) {
            for (NamedEntity entity : JCasUtil.select(jcas, NamedEntity.class)) {
                entity.setValue(relabel.apply(entity.getValue()));
            }
            writer.process(jcas);
        }
        writer.collectionProcessComplete();
        writer.destroy();
        String name = conll.getFileName().toString();
        Path xmi = folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".xmi");
        if (!Files.isRegularFile(xmi)) {
            throw new IOException("DKPro's XmiWriter wrote no " + xmi + "; the folder holds " + list(folder));
        }
        return xmi;
    }

    /** Reads the CoNLL-2003 file {@code conll} with {@code Conll2003Reader}, named entities only, as one document. */
    static Reading read(Path conll) throws UIMAException {
        List<Reading> readings = new ArrayList<>();
        for (JCas jcas : new JCasIterable(reader(conll, false))) {
            readings.add(reading(jcas));
        }
        if (readings.size() != 1) {
            throw new IllegalStateException("DKPro read " + readings.size() + " documents from " + conll);
        }
        return readings.get(0);
    }

    private static Reading reading(JCas jcas) {
        Map<Token, Integer> index = new IdentityHashMap<>();
        List<List<String>> sentences = new ArrayList<>();
        for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
            List<String> tokens = new ArrayList<>();
            for (Token token : JCasUtil.selectCovered(Token.class, sentence)) {
                index.put(token, index.size());
                tokens.add(token.getCoveredText());
            }
            sentences.add(tokens);
        }
        List<Entity> entities = new ArrayList<>();
        for (NamedEntity entity : JCasUtil.select(jcas, NamedEntity.class)) {
            List<Token> covered = JCasUtil.selectCovered(Token.class, entity);
            entities.add(new Entity(entity.getValue(), covered.isEmpty() ? -1 : index.get(covered.get(0)),
                    covered.isEmpty() ? -1 : index.get(covered.get(covered.size() - 1)), entity.getCoveredText()));
        }
        return new Reading(sentences, entities);
    }

    private static CollectionReaderDescription reader(Path conll, boolean posAndChunks) throws UIMAException {
        return createReaderDescription(Conll2003Reader.class,
                Conll2003Reader.PARAM_SOURCE_LOCATION, conll.toAbsolutePath().getParent().toString(),
                Conll2003Reader.PARAM_PATTERNS, conll.getFileName().toString(),
                Conll2003Reader.PARAM_LANGUAGE, "en",
                Conll2003Reader.PARAM_SOURCE_ENCODING, "UTF-8",
                Conll2003Reader.PARAM_READ_POS, posAndChunks,
                Conll2003Reader.PARAM_READ_CHUNK, posAndChunks);
    }

    private static List<String> list(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}

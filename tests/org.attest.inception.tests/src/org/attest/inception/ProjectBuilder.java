package org.attest.inception;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;

/**
 * Builds INCEpTION project export ZIPs for tests: the project JSON, source files and, per user and document, an XMI
 * written by UIMA's XmiCasSerializer with the DKPro Core and INCEpTION type names, zipped with its type system as
 * INCEpTION does for the XMI format.
 */
final class ProjectBuilder {

    static final String NE = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
    static final String POS = "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS";
    static final String TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token";
    static final String SENTENCE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence";
    static final String CLAIM = "webanno.custom.Claim";
    static final String SENTIMENT = "webanno.custom.Sentiment";

    /** An annotation to put into a user's XMI: a type, offsets and string features. */
    record Span(String type, int begin, int end, Map<String, String> features) {
    }

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final List<String> sources = new ArrayList<>();
    private final List<String> annotationDocuments = new ArrayList<>();
    private final List<String> layers = new ArrayList<>(List.of(
            "{\"name\": \"" + NE
                    + "\", \"type\": \"span\", \"features\": [{\"name\": \"value\"}, {\"name\": \"identifier\"}]}",
            "{\"name\": \"" + CLAIM + "\", \"type\": \"span\", \"features\": [{\"name\": \"type\"}]}",
            "{\"name\": \"" + SENTIMENT + "\", \"type\": \"span\", \"features\": [{\"name\": \"polarity\"}]}"));

    /** Adds a source document with its state and, when not null, its plain-text source file. */
    ProjectBuilder source(String name, String state, String text) {
        sources.add("{\"name\": \"" + name + "\", \"format\": \"text\", \"state\": \"" + state + "\"}");
        if (text != null) {
            entries.put("source/" + name, text.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    /** Records {@code user}'s state on document {@code name} in the project JSON. */
    ProjectBuilder state(String name, String user, String state) {
        annotationDocuments.add("{\"name\": \"" + name + "\", \"user\": \"" + user + "\", \"state\": \"" + state
                + "\"}");
        return this;
    }

    /** Adds {@code user}'s annotation XMI (a ZIP with the type system) of document {@code name}. */
    ProjectBuilder annotations(String folder, String name, String user, String text, Span... spans)
            throws Exception {
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(inner)) {
            put(zip, name.replace(".txt", "") + ".xmi", xmi(text, spans));
            ByteArrayOutputStream ts = new ByteArrayOutputStream();
            typeSystem().toXML(ts);
            put(zip, "TypeSystem.xml", ts.toByteArray());
        }
        entries.put(folder + "/" + name + "/" + user + ".zip", inner.toByteArray());
        return this;
    }

    /** Adds an entry with any name, such as one pointing outside the archive. */
    ProjectBuilder raw(String name, byte[] content) {
        entries.put(name, content);
        return this;
    }

    /** Writes the archive to {@code file} and returns it. */
    Path write(Path file) throws IOException {
        String json = "{\"name\": \"harbour\", \"mode\": \"annotation\", \"source_documents\": ["
                + String.join(", ", sources) + "], \"annotation_documents\": ["
                + String.join(", ", annotationDocuments) + "], \"layers\": [" + String.join(", ", layers) + "]}";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "exportedproject7263.json", json.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
        }
        return file;
    }

    static Span span(String type, int begin, int end, String... features) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < features.length; i += 2) {
            map.put(features[i], features[i + 1]);
        }
        return new Span(type, begin, end, map);
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    // the types as INCEpTION's type system names them, each with the features INCEpTION gives it
    private static TypeSystemDescription typeSystem() {
        TypeSystemDescription tsd = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        tsd.addType(SENTENCE, "", CAS.TYPE_NAME_ANNOTATION).addFeature("id", "", CAS.TYPE_NAME_STRING);
        tsd.addType(TOKEN, "", CAS.TYPE_NAME_ANNOTATION).addFeature("id", "", CAS.TYPE_NAME_STRING);
        TypeDescription ne = tsd.addType(NE, "", CAS.TYPE_NAME_ANNOTATION);
        ne.addFeature("value", "", CAS.TYPE_NAME_STRING);
        ne.addFeature("identifier", "", CAS.TYPE_NAME_STRING);
        tsd.addType(POS, "", CAS.TYPE_NAME_ANNOTATION).addFeature("PosValue", "", CAS.TYPE_NAME_STRING);
        tsd.addType(CLAIM, "", CAS.TYPE_NAME_ANNOTATION).addFeature("type", "", CAS.TYPE_NAME_STRING);
        tsd.addType(SENTIMENT, "", CAS.TYPE_NAME_ANNOTATION).addFeature("polarity", "", CAS.TYPE_NAME_STRING);
        return tsd;
    }

    private static byte[] xmi(String text, Span... spans) throws Exception {
        CAS cas = CasCreationUtils.createCas(typeSystem(), null, null);
        cas.setDocumentText(text);
        for (Span s : spans) {
            Type type = cas.getTypeSystem().getType(s.type());
            AnnotationFS fs = cas.createAnnotation(type, s.begin(), s.end());
            s.features().forEach((k, v) -> fs.setStringValue(type.getFeatureByBaseName(k), v));
            cas.addFsToIndexes(fs);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmiCasSerializer.serialize(cas, out);
        return out.toByteArray();
    }
}

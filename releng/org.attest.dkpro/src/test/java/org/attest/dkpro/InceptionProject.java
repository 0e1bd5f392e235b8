package org.attest.dkpro;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.uima.UIMAException;

/**
 * An INCEpTION project export ZIP laid out as INCEpTION's project exporter writes it, its annotation XMI written by
 * DKPro Core's {@code XmiWriter}: {@code exportedproject.json} (the project with its {@code source_documents} and
 * {@code annotation_documents}), {@code source/DOC} (the original file), {@code annotation/DOC/USER.zip} (the user's
 * CAS as XMI with {@code TypeSystem.xml}, zipped because the writer made two files) and
 * {@code curation/DOC/CURATION_USER.zip} for each curated document. The serialised CASes INCEpTION adds for itself
 * ({@code annotation_ser/}, {@code curation_ser/}) are left out: no other tool writes or reads them.
 */
final class InceptionProject {

    /** INCEpTION's name of the curator's annotation set. */
    static final String CURATION_USER = "CURATION_USER";

    private final String name;
    private final Map<String, Map<String, User>> users = new LinkedHashMap<>();
    private final List<Path> sources = new ArrayList<>();

    /** One user's work on a document: the state INCEpTION gives it and how their labels differ from the source's. */
    record User(String state, UnaryOperator<String> relabel) {
    }

    /** Starts a project named {@code name}. */
    InceptionProject(String name) {
        this.name = name;
    }

    /**
     * Adds the CoNLL-2003 document {@code source} (format {@code conll2003}, curated) with each user's work; every
     * document is curated with the source's labels.
     */
    InceptionProject document(Path source, Map<String, User> work) {
        sources.add(source);
        users.put(source.getFileName().toString(), work);
        return this;
    }

    /** Writes the project ZIP to {@code zip}, converting each user's annotations to XMI with DKPro in {@code temp}. */
    Path write(Path zip, Path temp) throws IOException, UIMAException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "exportedproject.json", projectJson().getBytes(StandardCharsets.UTF_8));
            for (Path source : sources) {
                String doc = source.getFileName().toString();
                entry(out, "source/" + doc, Files.readAllBytes(source));
                for (Map.Entry<String, User> user : users.get(doc).entrySet()) {
                    entry(out, "annotation/" + doc + "/" + user.getKey() + ".zip",
                            xmiZip(source, temp.resolve(doc + "-" + user.getKey()), user.getValue().relabel()));
                }
                entry(out, "curation/" + doc + "/" + CURATION_USER + ".zip",
                        xmiZip(source, temp.resolve(doc + "-" + CURATION_USER), UnaryOperator.identity()));
            }
        }
        return zip;
    }

    private static byte[] xmiZip(Path source, Path folder, UnaryOperator<String> relabel)
            throws IOException, UIMAException {
        Path xmi = Dkpro.toXmi(source, folder, relabel);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, xmi.getFileName().toString(), Files.readAllBytes(xmi));
            entry(zip, Dkpro.TYPE_SYSTEM, Files.readAllBytes(folder.resolve(Dkpro.TYPE_SYSTEM)));
        }
        return bytes.toByteArray();
    }

    private String projectJson() {
        String sourceDocuments = sources.stream().map(s -> "    {\"name\": " + quote(s.getFileName().toString())
                + ", \"format\": \"conll2003\", \"state\": \"CURATION_FINISHED\"}").collect(Collectors.joining(",\n"));
        List<String> annotationDocuments = new ArrayList<>();
        users.forEach((doc, work) -> work.forEach((user, w) -> annotationDocuments.add("    {\"name\": " + quote(doc)
                + ", \"user\": " + quote(user) + ", \"state\": " + quote(w.state()) + "}")));
        String permissions = users.values().stream().flatMap(w -> w.keySet().stream()).distinct()
                .map(u -> "    {\"level\": \"ANNOTATOR\", \"user\": " + quote(u) + "}")
                .collect(Collectors.joining(",\n"));
        return "{\n  \"name\": " + quote(name) + ",\n  \"slug\": " + quote(name) + ",\n  \"description\": \"\",\n"
                + "  \"mode\": \"annotation\",\n  \"version\": 1,\n"
                + "  \"source_documents\": [\n" + sourceDocuments + "\n  ],\n"
                + "  \"annotation_documents\": [\n" + String.join(",\n", annotationDocuments) + "\n  ],\n"
                + "  \"project_permissions\": [\n" + permissions + "\n  ],\n"
                + "  \"layers\": [\n    {\"name\": \"de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity\", "
                + "\"type\": \"span\", \"ui_name\": \"Named entity\", \"features\": [{\"name\": \"value\", "
                + "\"type\": \"uima.cas.String\"}]}\n  ]\n}\n";
    }

    private static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}

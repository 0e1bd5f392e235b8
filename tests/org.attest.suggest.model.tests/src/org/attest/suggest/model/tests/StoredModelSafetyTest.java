package org.attest.suggest.model.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.attest.model.Document;
import org.attest.store.CorpusStore;
import org.attest.suggest.api.SuggestException;
import org.attest.suggest.api.SuggestionContext;
import org.attest.suggest.model.ModelFolder;
import org.attest.suggest.model.ModelRecommender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model file in a corpus is untrusted: what OpenNLP would instantiate from it is checked, damage is named. */
class StoredModelSafetyTest {

    @TempDir
    Path tmp;

    private final ModelRecommender sut = new ModelRecommender();
    private CorpusStore store;
    private Document document;
    private Path model;
    private byte[] trained;

    @BeforeEach
    void train() throws Exception {
        store = NewsCorpus.create(tmp.resolve("corpus"), 6);
        List<Document> documents = List.copyOf(store.corpus().getDocuments());
        sut.train(store, "anna", documents);
        document = documents.getFirst();
        model = new ModelFolder(store.layout().dir()).model();
        trained = Files.readAllBytes(model);
    }

    @AfterEach
    void closeCorpus() throws Exception {
        store.close();
    }

    @Test
    void thatTheTrainedModelIsLoadedAndAReplacedOneIsCheckedAgain() throws Exception {
        assertThat(sut.suggest(context())).isNotEmpty();

        Files.write(model,
                tampered("manifest.properties", m -> m.replace("opennlp.tools.namefind.TokenNameFinderFactory",
                        "org.example.Evil")));

        assertThatThrownBy(() -> sut.suggest(context())).isInstanceOf(SuggestException.class)
                .hasMessageContaining(model.toString()).hasMessageContaining("is refused")
                .hasMessageContaining("'org.example.Evil' (factory)");
    }

    @Test
    void thatAnotherSequenceCodecIsRefused() throws Exception {
        Files.write(model, tampered("manifest.properties",
                m -> m.replace("opennlp.tools.namefind.BioCodec", "org.example.Codec")));

        assertThatThrownBy(() -> sut.suggest(context())).isInstanceOf(SuggestException.class)
                .hasMessageContaining("'org.example.Codec' (sequenceCodecImplName)");
    }

    @Test
    void thatAClassNamedUnderAnyOtherKeyIsRefused() throws Exception {
        Files.write(model, tampered("manifest.properties", m -> m + "serializer=org.example.Serializer\n"));

        assertThatThrownBy(() -> sut.suggest(context())).isInstanceOf(SuggestException.class)
                .hasMessageContaining("'org.example.Serializer' (serializer)");
    }

    @Test
    void thatFeatureGeneratorsOtherThanTheDefaultOnesAreRefused() throws Exception {
        Files.write(model, tampered("generator.featuregen",
                g -> g.replace("opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory", "org.example.Gen")));

        assertThatThrownBy(() -> sut.suggest(context())).isInstanceOf(SuggestException.class)
                .hasMessageContaining(model.toString()).hasMessageContaining("not OpenNLP's default ones");
    }

    @Test
    void thatAnEntryNoNameFinderHoldsIsRefused() throws Exception {
        Files.write(model, withEntry("evil.dictionary", "<dictionary/>"));

        assertThatThrownBy(() -> sut.suggest(context())).isInstanceOf(SuggestException.class)
                .hasMessageContaining("the entry 'evil.dictionary'");
    }

    @Test
    void thatACorruptModelFileGivesAnErrorNamingIt() throws Exception {
        Files.write(model, "this is not a model".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> sut.suggest(context())).isInstanceOf(SuggestException.class)
                .hasMessageContaining(model.toString()).hasMessageContaining("train the model again");
    }

    @Test
    void thatATruncatedModelFileGivesAnErrorNamingIt() throws Exception {
        Files.write(model, Arrays.copyOf(trained, trained.length / 2));

        assertThatThrownBy(() -> sut.suggest(context())).isInstanceOf(SuggestException.class)
                .hasMessageContaining(model.toString()).hasMessageContaining("train the model again");
    }

    @Test
    void thatAModelFileThatIsALinkIsNotFollowed() throws Exception {
        Path elsewhere = tmp.resolve("elsewhere.bin");
        Files.write(elsewhere, trained);
        Files.delete(model);
        Files.createSymbolicLink(model, elsewhere);

        assertThatThrownBy(() -> sut.suggest(context())).isInstanceOf(SuggestException.class)
                .hasMessageContaining(model.toString());
    }

    private SuggestionContext context() throws Exception {
        return new SuggestionContext(store, document, store.readCas(document, "nobody"), "en");
    }

    private byte[] tampered(String entry, UnaryOperator<String> change) throws Exception {
        Map<String, byte[]> entries = entries();
        entries.put(entry, change.apply(new String(entries.get(entry), StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(entries.get(entry)).isNotEqualTo(entries().get(entry));
        return zip(entries);
    }

    private byte[] withEntry(String entry, String content) throws Exception {
        Map<String, byte[]> entries = entries();
        entries.put(entry, content.getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    private Map<String, byte[]> entries() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(trained))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

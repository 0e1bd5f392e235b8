package org.attest.suggest.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderFactory;
import org.attest.suggest.api.SuggestException;

/**
 * Checks a name finder model file before OpenNLP loads it: OpenNLP creates the classes a model's manifest and feature
 * generator descriptor name, so a model from a corpus someone else made is loaded only when it holds OpenNLP's three
 * usual entries, names OpenNLP's default factory and sequence codec, and describes the default feature generators.
 */
final class ModelGuard {

    private static final String MANIFEST = "manifest.properties";
    private static final String FEATURES = "generator.featuregen";
    private static final Set<String> ENTRIES = Set.of(MANIFEST, "nameFinder.model", FEATURES);
    private static final Map<String, Set<String>> CLASSES = Map.of("factory",
            Set.of(TokenNameFinderFactory.class.getName()), "sequenceCodecImplName",
            Set.of(BioCodec.class.getName(), BilouCodec.class.getName()));
    // a dotted Java name such as org.example.Evil: any other manifest value naming a class is refused
    private static final Pattern CLASS_NAME = Pattern
            .compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)+");
    private static final String DEFAULT_FEATURES = "/opennlp/tools/namefind/ner-default-features.xml";
    // the manifest and the descriptor are a few kilobytes; a larger one is no default one
    private static final int MAX_DESCRIPTOR = 1 << 20;

    private ModelGuard() {
    }

    /**
     * Checks {@code bytes}, the content of the model file {@code file}.
     *
     * @throws SuggestException naming the file and what in it is refused
     */
    static void check(Path file, byte[] bytes) throws SuggestException {
        byte[] defaultFeatures = defaultFeatures();
        boolean manifest = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                String name = entry.getName();
                if (!ENTRIES.contains(name)) {
                    throw refused(file, "it holds the entry '" + name + "', which no OpenNLP name finder model of"
                            + " Attest holds");
                }
                if (name.equals(MANIFEST)) {
                    checkManifest(file, descriptor(file, zip, name));
                    manifest = true;
                } else if (name.equals(FEATURES) && !Arrays.equals(descriptor(file, zip, name), defaultFeatures)) {
                    throw refused(file, "its feature generators are not OpenNLP's default ones");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new SuggestException(ModelRecommender.NAME + ": " + file + " is not a readable OpenNLP model ("
                    + e.getMessage() + "); train the model again to replace it", e);
        }
        if (!manifest) {
            throw new SuggestException(ModelRecommender.NAME + ": " + file + " is not an OpenNLP model: it has no "
                    + MANIFEST + "; train the model again to replace it");
        }
    }

    private static void checkManifest(Path file, byte[] content) throws SuggestException, IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(new String(content, java.nio.charset.StandardCharsets.ISO_8859_1)));
        for (Map.Entry<Object, Object> property : properties.entrySet()) {
            String key = (String) property.getKey();
            String value = ((String) property.getValue()).strip();
            Set<String> allowed = CLASSES.get(key);
            if (allowed != null ? !allowed.contains(value) : CLASS_NAME.matcher(value).matches()) {
                throw refused(file, "its manifest names the class '" + value + "' (" + key
                        + "), which is not one of OpenNLP's own default classes");
            }
        }
        if (!CLASSES.get("factory").contains(properties.getProperty("factory", "").strip())) {
            throw refused(file, "its manifest names no factory; OpenNLP's default one is expected");
        }
    }

    private static byte[] descriptor(Path file, ZipInputStream zip, String name) throws IOException, SuggestException {
        byte[] content = zip.readNBytes(MAX_DESCRIPTOR + 1);
        if (content.length > MAX_DESCRIPTOR) {
            throw refused(file, "its " + name + " is larger than " + MAX_DESCRIPTOR + " bytes");
        }
        return content;
    }

    private static SuggestException refused(Path file, String why) {
        return new SuggestException(ModelRecommender.NAME + ": the model " + file + " is refused: " + why
                + ". A model in a corpus could make this program run code it names; train the model again to replace"
                + " it, or remove the file if you do not know where it came from");
    }

    /**
     * Returns OpenNLP's default feature generator descriptor of the name finder, the one every model is trained with.
     */
    static byte[] defaultFeatures() {
        try (InputStream in = TokenNameFinderFactory.class.getResourceAsStream(DEFAULT_FEATURES)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP's " + DEFAULT_FEATURES + " is missing from its bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read OpenNLP's " + DEFAULT_FEATURES, e);
        }
    }
}

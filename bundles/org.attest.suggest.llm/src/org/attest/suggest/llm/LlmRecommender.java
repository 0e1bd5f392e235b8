package org.attest.suggest.llm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;
import org.attest.store.CorpusStore;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.SuggestException;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.api.SuggestionContext;

/**
 * The {@code llm} recommender: asks a large language model, one chat per span layer the corpus settings prompt for,
 * for the mentions of that layer in the document, and proposes each at its exact offsets; it asks nothing until the
 * user has agreed to send this corpus's text to the endpoint the settings name.
 */
public final class LlmRecommender implements Recommender {

    /** The name users choose it by. */
    public static final String NAME = "llm";

    private final LlmConsent consent;
    private final LlmKeys keys;
    private final ChatClient client = new ChatClient();

    /** Creates the recommender with the user's consent file and keys, as the extension registry does. */
    public LlmRecommender() {
        this(LlmConsent.ofUser(), LlmKeys.ofUser());
    }

    /** Creates the recommender that checks {@code consent} and sends the key of {@code keys}. */
    public LlmRecommender(LlmConsent consent, LlmKeys keys) {
        this.consent = Objects.requireNonNull(consent, "consent");
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a large language model (Ollama or an OpenAI-compatible endpoint): the span layers "
                + LlmSettings.FILE + " prompts for; off until turned on for the corpus";
    }

    /** Returns the span layers of the default schema; a corpus's settings choose which of its span layers are asked. */
    @Override
    public Set<String> layers() {
        Set<String> layers = new LinkedHashSet<>();
        Schemas.spanLayers(DefaultSchema.create()).stream().map(Layer::getName).forEach(layers::add);
        return layers;
    }

    @Override
    public boolean sendsTextOut() {
        return true;
    }

    @Override
    public List<Suggestion> suggest(SuggestionContext context) throws SuggestException {
        return ask(context).suggestions();
    }

    /**
     * Asks the model about the document of {@code context}, one chat per prompted layer and part of at most
     * {@code llm.chunk} characters of whole sentences, and returns its suggestions with what was dropped of its
     * answer; reads the corpus and writes nothing.
     *
     * @throws SuggestException when the settings are missing or malformed, the user has not agreed to send this
     *     corpus's text to the endpoint (remedy {@link SuggestException.Remedy#GRANT_CONSENT}, and nothing is sent),
     *     or the endpoint times out, refuses the connection, fails or answers malformed JSON; no suggestion then
     */
    public LlmAnswer ask(SuggestionContext context) throws SuggestException {
        Path dir = context.store().layout().dir();
        Schema schema = context.store().corpus().getSchema();
        LlmSettings settings = LlmSettings.read(dir, schema);
        checkConsent(dir, settings);
        Optional<String> key = keys.key(settings.url());
        String source = "the model " + settings.model() + " at " + settings.url();
        Alignment alignment = new Alignment(context.text(), NAME, source);
        List<int[]> chunks = Chunks.of(context.cas(), settings.chunk());
        for (Map.Entry<String, String> prompt : settings.prompts().entrySet()) {
            SpanLayer layer = (SpanLayer) Schemas.layer(schema, prompt.getKey()).orElseThrow();
            String instructions = Mentions.instructions(layer, prompt.getValue(), context.language());
            for (int[] chunk : chunks) {
                String answer = client.ask(settings, key, instructions,
                        context.text().substring(chunk[0], chunk[1]));
                alignment.add(layer, Mentions.parse(answer, source), chunk[0], chunk[1]);
            }
        }
        return alignment.answer();
    }

    /**
     * Records that the user agrees to send the text of {@code store}'s corpus to the endpoint its settings name now,
     * and returns that endpoint's URL; a later change of the URL needs a new yes.
     *
     * @throws SuggestException when the settings are missing or malformed, or the consent cannot be written
     */
    public String grant(CorpusStore store) throws SuggestException {
        Path dir = store.layout().dir();
        LlmSettings settings = LlmSettings.read(dir, store.corpus().getSchema());
        try {
            consent.grant(dir, settings.url());
        } catch (IOException e) {
            throw new SuggestException("llm: the consent for " + dir + " cannot be written to " + consent.file()
                    + ": " + e.getMessage(), e);
        }
        return settings.url();
    }

    /**
     * Withdraws the user's consent to send the text of {@code store}'s corpus to the endpoint its settings name.
     *
     * @return whether there was such a consent
     * @throws SuggestException when the settings are missing or malformed, or the consent cannot be written
     */
    public boolean revoke(CorpusStore store) throws SuggestException {
        Path dir = store.layout().dir();
        LlmSettings settings = LlmSettings.read(dir, store.corpus().getSchema());
        try {
            return consent.revoke(dir, settings.url());
        } catch (IOException e) {
            throw new SuggestException("llm: the consent for " + dir + " cannot be written to " + consent.file()
                    + ": " + e.getMessage(), e);
        }
    }

    private void checkConsent(Path dir, LlmSettings settings) throws SuggestException {
        boolean granted;
        try {
            granted = consent.granted(dir, settings.url());
        } catch (IOException e) {
            throw new SuggestException("llm: the consent file " + consent.file() + " cannot be read: "
                    + e.getMessage() + "; nothing was sent", e);
        }
        if (!granted) {
            throw new SuggestException("llm: the language model is off for the corpus " + dir + ": it would send the"
                    + " documents' text to " + settings.url() + " (llm.url in " + settings.file() + "), and you have"
                    + " not turned it on for this corpus and this address; nothing was sent",
                    SuggestException.Remedy.GRANT_CONSENT);
        }
    }
}

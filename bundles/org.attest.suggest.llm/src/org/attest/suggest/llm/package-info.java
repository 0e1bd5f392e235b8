/**
 * The {@code llm} recommender: asks a large language model behind Ollama's chat API or an OpenAI-compatible chat
 * endpoint for the mentions of each layer the corpus settings prompt for ({@code settings/llm.properties}), as JSON,
 * and aligns every quoted mention back to its exact offsets in the text; what the text does not hold is dropped and
 * counted. It sends the document's text out of the machine, so it asks nothing until the user has consented for this
 * corpus folder and this endpoint ({@link org.attest.suggest.llm.LlmConsent}, kept outside the corpus), and takes the
 * endpoint's key from the environment or Eclipse secure storage ({@link org.attest.suggest.llm.LlmKeys}), never from
 * a plain file.
 *
 * <p>Uses the suggestions API, the store (to read the settings file through its path guard and to write the consent
 * file atomically), the model (the schema's layers and tags) and the CAS layer; writes nothing in the corpus.
 */
package org.attest.suggest.llm;

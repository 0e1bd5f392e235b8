/**
 * The trained recommender {@code model}: Apache OpenNLP's name finder, learnt from the Entity spans of the gold or of
 * one annotator's finished documents (tokens and sentences from the CAS), stored in the corpus under
 * {@code models/model/} with what it was trained on, and asked for Entity suggestions with OpenNLP's probabilities as
 * scores. A model file in a corpus is untrusted: it is read only through the store's guarded reads and refused unless
 * it names nothing but OpenNLP's own default classes.
 *
 * <p>Uses the suggestions API, the store, the model and the CAS layer; writes only its own folder of the corpus, in one
 * transaction of the store.
 */
package org.attest.suggest.model;

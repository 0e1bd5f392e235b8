/**
 * Readers of token formats (CoNLL-2003, CoNLL-U, Hugging Face token classification JSON Lines): each rebuilds the text
 * from the tokens with their recorded spacing, keeps the source's sentences and tokens as the article's
 * {@link org.attest.cas.Segmentation}, and turns the entity tags (IOB1, IOB2, BIOES) into spans of the schema's Entity
 * layer through an {@link org.attest.io.LabelMap}.
 */
package org.attest.io.tokens;

/**
 * INCEpTION projects: importing a project export ZIP (source documents, one annotation XMI per user and document, the
 * curation, the project JSON) as a corpus with its annotators, their states and the gold, and exporting a corpus as
 * such a ZIP, in the layout of INCEpTION's own project exporter.
 *
 * <p>Uses the store (layout, transactions, atomic writes), the model, the CAS layer and the readers of {@code io}
 * ({@code XmiArticleReader} maps the named entities and Attest's own types). Every ZIP entry is untrusted: its name is
 * checked and never used as a path, its size is bounded while it is read.
 */
package org.attest.inception;

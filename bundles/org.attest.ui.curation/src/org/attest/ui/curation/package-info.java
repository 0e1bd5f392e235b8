/**
 * The curation editor of the Curate perspective, where a reviewer settles the annotators' disagreements into the gold
 * standard one key at a time, and the Curation queue view listing the documents and their open items; both run on
 * {@link org.attest.core.curation.CurationService} and {@link org.attest.core.curation.CurationSession}.
 */
package org.attest.ui.curation;

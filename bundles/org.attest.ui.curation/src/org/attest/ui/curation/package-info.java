/**
 * The curation editor of the Curate perspective, where a reviewer settles the annotators' disagreements into the gold
 * standard one key at a time, and the Curation queue view listing the documents and their open items; both run on
 * {@link org.attest.curation.CurationService} and {@link org.attest.curation.CurationSession}.
 */
package org.attest.ui.curation;

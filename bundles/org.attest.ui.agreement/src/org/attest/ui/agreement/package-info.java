/**
 * The Agreement view of the Curate perspective: corpus-wide figures, a pairwise annotator heat map, per-label bars and
 * the documents with the lowest agreement first, computed by {@link org.attest.agreement.corpus.AgreementService} in a
 * job.
 */
package org.attest.ui.agreement;

/**
 * Claims across documents for {@code attest claims}: a claimed figure's qualifier read as an interval, its period
 * resolved from the words and the document's date, a verdict with its reason for every pair of claims in a cluster
 * (agree, conflict, not comparable), the interval a cluster's claims jointly allow, each claim's attribution chains
 * (claim, source, the sources it was reported through) with what is wrong in them, and clusters suggested for the
 * claims that link none (same unit lemma, overlapping periods).
 *
 * <p>Uses the store, the model and the CAS layer. Only {@link org.attest.claims.ClusterAssignment} changes the corpus:
 * it links an annotator's claims to suggested clusters in one transaction of the store.
 */
package org.attest.claims;

/**
 * Claims across documents for {@code attest claims}: a claimed figure's qualifier read as an interval, its period
 * resolved from the words and the document's date, a verdict with its reason for every pair of claims in a cluster
 * (agree, conflict, not comparable), the interval a cluster's claims jointly allow, and each claim's attribution
 * chains (claim, source, the sources it was reported through) with what is wrong in them.
 *
 * <p>Uses the store, the model and the CAS layer; it changes nothing on disk.
 */
package org.attest.claims;

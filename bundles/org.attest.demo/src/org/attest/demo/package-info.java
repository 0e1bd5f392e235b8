/**
 * The demo's scripted annotators and reviewer: they annotate and adjudicate documents deterministically from simple
 * rules and a seed, for {@code attest demo}, benchmarks and tests.
 *
 * <p>Owns nothing on disk of its own; uses the store, the model, the CAS layer, positions ({@code org.attest.diff})
 * and the curation workflow. Product code other than the CLI's demo command does not depend on it.
 */
package org.attest.demo;

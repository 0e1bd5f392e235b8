/**
 * Agreement over a corpus: which documents and annotators count, the units taken from the CAS diff, the report, and
 * agreement on the claims annotators share (their values, clusters, and attribution chains as org.attest.claims
 * follows them).
 */
package org.attest.agreement.corpus;

/** Agreement over a corpus: which documents and annotators count, the units taken from the CAS diff, and the report. */
package org.attest.agreement.corpus;

/**
 * Agreement measures over plain data (Cohen's and Fleiss' kappa, Krippendorff's alpha, unitizing alpha, span F1),
 * checked against the published worked examples; nothing here knows a corpus, a CAS or a file.
 *
 * <p>Uses only the Java platform; agreement over a corpus is {@code org.attest.agreement.corpus}.
 */
package org.attest.agreement;

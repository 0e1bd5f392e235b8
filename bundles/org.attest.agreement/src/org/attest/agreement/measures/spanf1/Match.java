package org.attest.agreement.measures.spanf1;

/** When two coders' spans count as the same annotation. */
public enum Match {
    /** Same begin, same end, same label. */
    EXACT,
    /** Same label and at least one character in common; each span is matched at most once. */
    OVERLAP
}

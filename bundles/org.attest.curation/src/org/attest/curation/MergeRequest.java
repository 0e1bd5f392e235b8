package org.attest.curation;

import java.util.Objects;

/**
 * What auto-merge should do.
 *
 * @param policy which configurations are merged
 * @param includeInProgress whether annotators still at work on a document count too (by default only finished work
 *     does)
 */
public record MergeRequest(MergePolicy policy, boolean includeInProgress) {

    /** Checks that the policy is present. */
    public MergeRequest {
        Objects.requireNonNull(policy, "policy");
    }

    /** Returns the default request: unanimous, finished annotators only. */
    public static MergeRequest defaults() {
        return new MergeRequest(MergePolicy.UNANIMOUS, false);
    }
}

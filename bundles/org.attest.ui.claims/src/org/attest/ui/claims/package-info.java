/**
 * The Claims view of the Annotate perspective: the claim clusters of {@link org.attest.claims.CorpusClaims} from the
 * gold or one annotator, each cluster's claims side by side with their attribution chains, the interval its claims
 * jointly allow per period, and the verdict on every pair with its reason. It may use the claims bundle, the store,
 * the model and the workbench's editor.
 */
package org.attest.ui.claims;

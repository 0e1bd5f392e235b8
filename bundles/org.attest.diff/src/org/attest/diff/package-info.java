/**
 * The diff of several annotators' CASes: positions and the configurations of feature values found there; it never
 * merges.
 */
package org.attest.diff;

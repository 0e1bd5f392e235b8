/** Scripted annotators that annotate documents deterministically from simple rules, for demos and benchmarks. */
package org.attest.core.demo;

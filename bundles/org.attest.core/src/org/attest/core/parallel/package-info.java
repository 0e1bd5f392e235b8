/** Internal: running per-document work on several threads while keeping the single-threaded order of results. */
package org.attest.core.parallel;

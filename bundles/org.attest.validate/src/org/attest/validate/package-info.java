/**
 * Checking a corpus folder for {@code attest validate}: entries that are links, devices, pipes or not portable, case
 * twins, foreign files, and every model file and CAS against the schema, each problem reported with its file; and, as
 * warnings, what is wrong with each CAS's attribution chains.
 *
 * <p>Uses the store, the model, the CAS layer, curation's records and the claims' chains; it changes nothing on
 * disk.
 */
package org.attest.validate;

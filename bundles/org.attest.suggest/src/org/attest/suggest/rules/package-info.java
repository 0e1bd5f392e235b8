/**
 * The rule recommenders: {@code registry} (names and aliases of the entity registry), {@code cues} (a word list per
 * language) and {@code figures} (numbers with their qualifier and unit).
 */
package org.attest.suggest.rules;

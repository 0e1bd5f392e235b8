/**
 * The {@code attest} command line: one picocli command per class, each a thin edge over a headless service that
 * parses options, calls the service and words its facts and failures for a user at a terminal.
 *
 * <p>May use every headless bundle; no bundle uses it.
 */
package org.attest.cli;

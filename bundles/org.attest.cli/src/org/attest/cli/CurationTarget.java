package org.attest.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The arguments of the curation subcommands that work on one document: the corpus folder (from the parent), the
 * document, whose work counts.
 */
final class CurationTarget {

    @ParentCommand
    private CurationCommand parent;

    @Parameters(index = "0", paramLabel = "DOC", description = "The document id; 'attest curation DIR status' lists them.")
    String document;

    @Option(names = "--include-in-progress", description = "Count annotators still at work on the document, not only those who finished it.")
    boolean includeInProgress;

    /** Returns the corpus folder, given right after {@code attest curation}. */
    Path dir() {
        return parent.dir;
    }
}

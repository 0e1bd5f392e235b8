package org.attest.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The arguments of the curation subcommands that work on one document: the corpus folder, the document, whose work counts. */
final class CurationTarget {

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    Path dir;

    @Parameters(index = "1", paramLabel = "DOC", description = "The document id; 'attest curation status DIR' lists them.")
    String document;

    @Option(names = "--include-in-progress", description = "Count annotators still at work on the document, not only those who finished it.")
    boolean includeInProgress;
}

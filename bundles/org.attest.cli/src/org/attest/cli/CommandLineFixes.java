package org.attest.cli;

import java.nio.file.Path;

import org.attest.io.ImportException;
import org.attest.store.CorpusException;
import org.attest.store.fs.CorpusLockedException;
import org.attest.store.fs.StaleLockException;
import org.attest.store.fs.UnsafePathException;

/**
 * Words the fix of a service's failure as a command to type: the services state the facts in plain words and typed
 * fields, and only the command line knows its own syntax.
 */
public final class CommandLineFixes {

    private CommandLineFixes() {
    }

    /**
     * Returns the command that fixes the first failure among {@code failure} and its causes that carries its facts.
     *
     * @param failure a failure of a service
     * @return the fix, starting with its separator, to follow the failure's message; empty when the message says all
     */
    public static String fix(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String fix = switch (t) {
                case StaleLockException e -> " Clear it with: attest unlock " + e.corpusDir();
                case CorpusLockedException e -> "";
                case CorpusException e when e.remedy() != CorpusException.Remedy.NONE -> "; " + corpus(e);
                case ImportException e when e.remedy() != ImportException.Remedy.NONE -> "; " + importing(e.remedy());
                case UnsafePathException e when e.kind() == UnsafePathException.Kind.LINK ->
                    " ('attest validate' lists every link in a corpus)";
                default -> null;
            };
            if (fix != null) {
                return fix;
            }
        }
        return "";
    }

    private static String corpus(CorpusException e) {
        String dir = e.corpus().map(Path::toString).orElse("DIR");
        String document = e.document().orElse("DOC");
        return switch (e.remedy()) {
            case CREATE_CORPUS -> "create one with: attest init " + dir;
            case SHOW_CORPUS -> "see what it holds with: attest info " + dir;
            case CHECK_CORPUS -> "see what is wrong with it: attest validate " + dir;
            case NAME_REVIEWER -> "give your name with --reviewer NAME";
            case RELEASE_CURATION -> "ask " + e.annotator().orElse("the reviewer")
                    + " to mark it curated, or release it with: attest curation "
                    + dir + " release " + document;
            case CURATE_FIRST -> "run 'attest merge " + dir + "', settle each queue ('attest curation " + dir
                    + " queue DOC') and mark the documents curated, or export an annotator's work with --from ANNOTATOR";
            case CHOOSE_ANNOTATOR -> "choose one of them with --from";
            case NONE -> "";
        };
    }

    private static String importing(ImportException.Remedy remedy) {
        return switch (remedy) {
            case FOLLOW_LINKS -> "pass --follow-links if you trust where the links point";
            case IGNORE_UNKNOWN_TYPES -> "pass --ignore-unknown-types to import the rest without them";
            case NAME_ANNOTATOR -> "pass --annotator NAME to import them into that annotator's set";
            case DECLARE_ENCODING -> "declare the encoding with --encoding NAME";
            case MAP_LABELS -> "map them with --label-map SOURCE=LABEL,... (such as MISC=OTHER), or pass"
                    + " --ignore-unknown-types to import the rest without them";
            case NONE -> "";
        };
    }
}

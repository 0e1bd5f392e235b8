package org.attest.io;

import java.nio.file.Path;
import java.util.List;

/** Reads the articles of one file of one format, validating it completely before returning anything. */
public interface ArticleReader {

    /** Returns every article in {@code file}, or throws if any part of it is invalid. */
    List<Article> read(Path file, ImportOptions options) throws ImportException;
}

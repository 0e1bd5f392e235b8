package org.attest.curation.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the curation tests on the flood article share: each test starts from anna's and ben's finished work in a fresh
 * folder.
 */
abstract class FloodCurationCase {

    @TempDir
    Path tmp;

    /** The corpus of the test, nothing merged yet. */
    FloodCuration corpus;

    @BeforeEach
    void twoAnnotatorsFinishedTheDocument() throws Exception {
        corpus = FloodCuration.twoAnnotatorsFinished(tmp);
    }
}

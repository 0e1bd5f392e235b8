package org.attest.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code attest registry DIR ACTION} has: the registry command with the corpus folder, and its own spec for
 * output.
 */
abstract class RegistryAction implements Callable<Integer> {

    @ParentCommand
    RegistryCommand parent;

    @Spec
    CommandSpec spec;
}

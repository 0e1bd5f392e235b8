package org.attest.sync;

import java.io.File;

import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * SSH remotes through JGit's Apache MINA SSHD client: the user's keys, known hosts and agent from ~/.ssh, passphrases
 * and host confirmations through the credentials provider of the command line or the workbench.
 */
final class Ssh {

    private static volatile boolean installed;

    private Ssh() {
    }

    /** Makes JGit use the SSHD client; OSGi hides the service JGit would otherwise look up. */
    static void install() {
        if (installed) {
            return;
        }
        synchronized (Ssh.class) {
            if (!installed) {
                File home = FS.DETECTED.userHome();
                SshSessionFactory.setInstance(
                        new SshdSessionFactoryBuilder().setHomeDirectory(home).setSshDirectory(new File(home, ".ssh"))
                                .build(new JGitKeyCache()));
                installed = true;
            }
        }
    }
}

package org.attest.cli;

import org.attest.curation.CurationService;
import org.attest.curation.CurationSession;
import org.attest.store.CorpusNames;
import org.attest.store.CorpusStore;
import org.attest.sync.SyncException;
import org.attest.sync.SyncService;
import org.attest.sync.TeamCorpus;
import org.attest.sync.TeamHold;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Opens one document's curation for a curation subcommand: to read it, or to decide as a reviewer who may ask the team
 * first.
 */
final class CurationSessions {

    private final CommandSpec spec;
    private final CurationTarget target;
    private final String purpose;

    CurationSessions(CommandSpec spec, CurationTarget target) {
        this.spec = spec;
        this.target = target;
        this.purpose = "attest curation " + spec.name();
    }

    /** Runs {@code action} on the document's session, the corpus opened for reading. */
    void read(SessionAction action) throws Exception {
        try (CorpusStore store = Stores.open(spec, target.dir(), CorpusStore.Mode.READ, purpose)) {
            action.run(new CurationService(store).open(target.document, reviewer(null), target.includeInProgress));
        }
    }

    // A reviewer who does not hold the document yet asks the team first, so a hold published elsewhere is seen, then
    // publishes theirs.
    /**
     * Runs {@code action} on the document's session as reviewer {@code option} (null: the default), the corpus opened
     * for writing.
     */
    void write(String option, SessionAction action) throws Exception {
        String who = reviewer(option);
        String document = target.document;
        boolean askedTeam = false;
        try (CorpusStore store = Stores.open(spec, target.dir(), CorpusStore.Mode.WRITE, purpose)) {
            TeamHold hold = new TeamHold();
            if (hold.needed(store, new CurationService(store).document(document), who)) {
                TeamHold.Check check = hold.refresh(store,
                        new SyncService.Request(CliCredentials.create(spec), null, false));
                if (check.offline() != null) {
                    spec.commandLine().getErr()
                            .println("attest: could not ask the team who holds '" + document + "' (" + check.offline()
                                    + "); your hold stays on this machine until the next 'attest sync " + target.dir()
                                    + "'");
                } else {
                    askedTeam = true;
                    spec.commandLine().getErr().println("attest: synchronised to see who holds '" + document + "'"
                            + (check.synced().received().isEmpty()
                                    ? ""
                                    : "; received " + check.synced().received().size() + " change(s)"));
                }
            }
        } catch (SyncException e) {
            throw TeamMessages.worded(e, target.dir());
        }
        try (CorpusStore store = Stores.open(spec, target.dir(), CorpusStore.Mode.WRITE, purpose)) {
            action.run(new CurationService(store).open(document, who, target.includeInProgress));
        }
        if (askedTeam) {
            try (CorpusStore store = Stores.open(spec, target.dir(), CorpusStore.Mode.WRITE, purpose)) {
                new SyncService().sync(store, new SyncService.Request(CliCredentials.create(spec), null, false));
                spec.commandLine().getErr().println("attest: published your work on '" + document + "' to the team");
            } catch (SyncException e) {
                spec.commandLine().getErr().println("attest: your decision is saved, but publishing it failed: "
                        + TeamMessages.worded(e, target.dir()).getMessage());
            }
        }
    }

    private String reviewer(String option) throws SyncException {
        if (option != null) {
            // a reviewer's name is stored in every decision and named in the team's history: the same rule as
            // annotators
            return CorpusNames.check("reviewer name", option);
        }
        if (TeamCorpus.isShared(target.dir())) {
            try (TeamCorpus team = TeamCorpus.open(target.dir())) {
                return team.user();
            }
        }
        return System.getProperty("user.name");
    }

    /** An action on one document's curation session. */
    @FunctionalInterface
    interface SessionAction {

        /** Runs the action on {@code session}. */
        void run(CurationSession session) throws Exception;
    }
}

package org.attest.ui.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attest.edit.EditCommand;
import org.attest.model.Entity;
import org.attest.registry.CorpusMentions;
import org.attest.registry.CorpusRelink;
import org.attest.registry.CorpusSplit;
import org.attest.registry.EntityRegistry;
import org.attest.registry.Mention;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.corpus.WorkbenchFixes;
import org.attest.ui.editor.HoldingEditors;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/**
 * The Registry view's changes, each made by a headless service of the registry and saved at once: merge and relink go
 * on the operation history so that Edit > Undo reverts them; a split is saved in one transaction.
 */
final class RegistryChanges {

    private final CorpusSession session;
    private final IWorkbenchPage page;
    private final IUndoContext context;
    private final Runnable afterChange;

    /** Creates the changes of the view on {@code page}, undone in {@code context}, telling {@code afterChange}. */
    RegistryChanges(CorpusSession session, IWorkbenchPage page, IUndoContext context, Runnable afterChange) {
        this.session = session;
        this.page = page;
        this.context = context;
        this.afterChange = afterChange;
    }

    /** Merges {@code gone} into {@code keep} and saves; returns why it could not, or null when it is done. */
    String merge(Entity keep, Entity gone) {
        CorpusStore store = writable();
        if (store == null) {
            return readOnly();
        }
        EditCommand command;
        try {
            command = new EntityRegistry(store.corpus()).merge(keep, gone);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        boolean[] executed = {false};
        return execute(new RegistryOperation(command.label(), context, () -> {
            if (executed[0]) {
                command.redo();
            } else {
                command.execute();
                executed[0] = true;
            }
            save(store, command.label(), command::undo);
        }, () -> {
            command.undo();
            save(store, "undo of " + command.label(), command::redo);
        }, afterChange));
    }

    /** Links {@code mentions} to {@code to} in their annotators' files; returns why it could not, or null. */
    String relink(List<Mention> mentions, Entity to) {
        CorpusStore store = writable();
        if (store == null) {
            return readOnly();
        }
        String open = openEditors(mentions);
        if (open != null) {
            return open;
        }
        Map<String, List<Mention>> before = new LinkedHashMap<>();
        mentions.forEach(m -> before.computeIfAbsent(m.entityId(), id -> new ArrayList<>()).add(m));
        String label = "Relink " + mentions.size() + " mention(s) to " + to.getId() + " '" + to.getCanonicalName()
                + "'";
        return execute(new RegistryOperation(label, context, () -> CorpusRelink.relink(store, mentions, to.getId()),
                () -> {
                    for (Map.Entry<String, List<Mention>> e : before.entrySet()) {
                        CorpusRelink.relink(store, e.getValue(), e.getKey());
                    }
                }, afterChange));
    }

    /** Moves {@code chosen} mentions of {@code from} to a new entity {@code name}; returns why not, or null. */
    String split(Entity from, String name, List<Mention> chosen, CorpusMentions mentions) {
        CorpusStore store = writable();
        if (store == null) {
            return readOnly();
        }
        String open = openEditors(chosen);
        if (open != null) {
            return open;
        }
        try {
            CorpusSplit.split(store, from, name, chosen, mentions);
            return null;
        } catch (CorpusException | RuntimeException e) {
            return WorkbenchFixes.describe(e);
        } finally {
            afterChange.run();
        }
    }

    private String execute(RegistryOperation operation) {
        IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        try {
            IStatus status = history.execute(operation, null, null);
            return status.isOK() ? null : status.getMessage();
        } catch (ExecutionException e) {
            return WorkbenchFixes.describe(e);
        }
    }

    // a failed save puts the model back as it was, so memory and disk keep telling the same story
    private static void save(CorpusStore store, String operation, Runnable revert) throws CorpusException {
        try {
            store.saveModel(operation);
        } catch (CorpusException | RuntimeException e) {
            revert.run();
            throw e;
        }
    }

    private CorpusStore writable() {
        return session.readOnlyReason() == null ? session.store().orElse(null) : null;
    }

    private String readOnly() {
        return session.store().isEmpty()
                ? "No corpus open. Use File > Open Corpus... first."
                : "The corpus is read-only, so the registry cannot change: " + session.readOnlyReason();
    }

    /** Returns a request to close the editors holding any of {@code mentions} in memory, or null when none does. */
    private String openEditors(List<Mention> mentions) {
        return HoldingEditors.request(page, in -> mentions.stream()
                .anyMatch(m -> m.document().equals(in.documentId()) && m.annotator().equals(in.annotator())),
                "these mentions");
    }
}

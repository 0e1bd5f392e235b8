package org.attest.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attest.registry.CorpusMentions;
import org.attest.registry.EntityRegistry;
import org.attest.registry.Mention;
import org.attest.registry.WrongLinks;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;

/**
 * Words the registry's suspect links as warnings of {@code attest validate}, each naming the file, document, annotator
 * and offsets.
 */
final class SuspectLinks {

    private SuspectLinks() {
    }

    /** Returns one warning line per mention of {@code store} that looks linked to the wrong person. */
    static List<String> warnings(CorpusStore store, Path dir) throws CorpusException {
        List<String> lines = new ArrayList<>();
        EntityRegistry registry = new EntityRegistry(store.corpus());
        for (WrongLinks.Suspect s : WrongLinks.find(CorpusMentions.read(store, m -> {
        }), registry)) {
            Mention m = s.mention();
            String id = s.entity().getId();
            lines.add(store.layout().cas(m.document(), m.annotator()) + ": warning: in document '" + m.document()
                    + "' by " + m.annotator() + ", the "
                    + m.layer() + " '" + m.text() + "' [" + m.begin() + "," + m.end() + ") is linked to "
                    + RegistryCommand.describe(s.entity())
                    + ", whose names have the given name " + String.join(" or ", s.entityGiven())
                    + " with that surname, not '" + s.given()
                    + "'; if it is another person, move it: attest registry " + dir + " split " + id + " --mention "
                    + RegistryCommand.ref(m)
                    + " --name \"" + m.text() + "\"");
        }
        return lines;
    }
}

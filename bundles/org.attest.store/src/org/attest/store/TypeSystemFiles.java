package org.attest.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.attest.cas.CasFormatException;
import org.attest.cas.TypeSystemFile;
import org.attest.cas.TypeSystemSource;
import org.attest.store.fs.AtomicFiles;
import org.attest.store.fs.PathGuard;

/**
 * The type system files of a corpus ({@code typesystems/<id>.xml}): each written once, atomically, before the first CAS
 * file that names it, and never changed, so that they travel with the corpus through Git without conflicts.
 */
final class TypeSystemFiles implements TypeSystemSource {

    private final CorpusLayout layout;

    TypeSystemFiles(CorpusLayout layout) {
        this.layout = layout;
    }

    @Override
    public Optional<byte[]> read(String id) throws CasFormatException {
        Path file = layout.typeSystem(id);
        try {
            if (!PathGuard.isFile(layout.dir(), file)) {
                return Optional.empty();
            }
            return Optional.of(CorpusFiles.read(layout.dir(), file));
        } catch (IOException | CorpusException e) {
            throw new CasFormatException(e.getMessage(), e);
        }
    }

    @Override
    public String where(String id) {
        return layout.typeSystem(id).toString();
    }

    /**
     * Makes sure {@code file} is in the corpus, writing it atomically and durably when it is missing, and again when
     * its
     * content is not the one its name promises (the content is fixed by the name, so nothing is lost); returns a line
     * for the user when the corpus had no type system file before (a corpus of CAS files with embedded type systems),
     * or empty.
     */
    Optional<String> ensure(TypeSystemFile file, boolean holdsDocuments) throws CorpusException {
        Path target = layout.typeSystem(file.id());
        try {
            boolean first = !Files.exists(layout.typeSystems(), LinkOption.NOFOLLOW_LINKS);
            if (PathGuard.isFile(layout.dir(), target)
                    && Arrays.equals(CorpusFiles.read(layout.dir(), target), file.xml())) {
                return Optional.empty();
            }
            boolean damaged = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            AtomicFiles.createDirectories(layout.typeSystems());
            AtomicFiles.write(target, file.xml());
            if (damaged) {
                return Optional.of("restored " + target + ", whose content had been changed: the file holds the type"
                        + " system its name is the hash of");
            }
            return first && holdsDocuments
                    ? Optional.of("the corpus now keeps its UIMA type system once, in " + target
                            + "; each CAS file moves from carrying its own copy to naming it the next time it is saved")
                    : Optional.empty();
        } catch (IOException e) {
            throw new CorpusException("cannot write " + target + ": " + e.getMessage()
                    + "; no CAS file was changed", e);
        }
    }
}

package org.attest.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.uima.cas.CAS;
import org.attest.cas.CasDoctor;
import org.attest.cas.CasFormat;
import org.attest.cas.CasProblem;
import org.attest.claims.ChainProblem;
import org.attest.claims.Chains;
import org.attest.claims.EntityIds;
import org.attest.model.AnnotationState;
import org.attest.model.Annotator;
import org.attest.model.Document;
import org.attest.store.CorpusException;
import org.attest.store.CorpusLayout;
import org.attest.store.CorpusStore;
import org.attest.store.fs.TemporaryFiles;

/**
 * The CAS doctor of a whole corpus: texts against their hashes, every CAS file, orphan and leftover files; and, as
 * warnings, what is wrong with the attribution chains of every sound CAS.
 */
public final class CorpusValidator {

    private final CorpusStore store;
    private final CasDoctor doctor = new CasDoctor();
    private final List<ChainWarning> warnings = new ArrayList<>();
    private EntityIds entities = EntityIds.none();

    /** Creates a validator of the (possibly read-only) {@code store}. */
    public CorpusValidator(CorpusStore store) {
        this.store = store;
    }

    /** Checks the whole corpus and returns every problem found; an empty list means the corpus is sound. */
    public List<Finding> validate(Consumer<String> progress) throws IOException {
        warnings.clear();
        entities = EntityIds.of(store.corpus().getEntities());
        List<Finding> findings = new ArrayList<>();
        CorpusLayout layout = store.layout();
        Set<String> annotators = new HashSet<>();
        for (Annotator a : store.corpus().getAnnotators()) {
            annotators.add(a.getName());
        }
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (Document document : store.corpus().getDocuments()) {
            if (!ids.add(document.getId())) {
                findings.add(new Finding(layout.model(),
                        "document id '" + document.getId() + "' appears twice in the model"));
            }
            for (AnnotationState state : document.getStates()) {
                if (state.getAnnotator() == null || state.getAnnotator().eIsProxy()) {
                    findings.add(new Finding(layout.model(), "document '" + document.getId()
                            + "' has a state for an annotator the corpus does not list"));
                }
            }
            checkDocument(document, annotators, findings);
            if (++n % 500 == 0) {
                progress.accept("checked " + n + " of " + store.corpus().getDocuments().size() + " documents");
            }
        }
        store.unplacedStates().forEach((annotator,
                documents) -> documents.forEach(d -> findings.add(new Finding(layout.annotatorFile(annotator),
                        "holds a state for document '" + d
                                + "', which the corpus does not hold; it is kept and applies again when the document "
                                + "arrives (a synchronisation that brings it, or an import)"))));
        checkOrphans(layout, ids, findings);
        TypeSystemCheck.check(layout, findings);
        return findings;
    }

    /**
     * Returns what the last {@link #validate} found wrong with attribution chains (a Via cycle, a claim with no
     * attribution, a source reported via itself, a source tagged with two types), file by file in corpus order.
     */
    public List<ChainWarning> warnings() {
        return List.copyOf(warnings);
    }

    private void checkDocument(Document document, Set<String> annotators, List<Finding> findings) throws IOException {
        CorpusLayout layout = store.layout();
        String id = document.getId();
        String text;
        try {
            text = store.readText(document);
        } catch (CorpusException e) {
            String message = e.getMessage();
            findings.add(new Finding(layout.text(id),
                    message.startsWith(layout.text(id) + ": ")
                            ? message.substring(layout.text(id).toString().length() + 2)
                            : message.replace(layout.text(id) + " ", "")));
            return;
        }
        try {
            store.segmentation(document);
        } catch (CorpusException e) {
            findings.add(new Finding(layout.tokens(id), e.getMessage().replace(layout.tokens(id) + " ", "")));
        }
        List<Path> casFiles = new ArrayList<>();
        Path annotations = layout.annotations(id);
        if (Files.isDirectory(annotations, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> files = Files.list(annotations)) {
                files.sorted().forEach(casFiles::add);
            }
        }
        if (Files.exists(layout.gold(id))) {
            casFiles.add(layout.gold(id));
        }
        for (Path file : casFiles) {
            String name = file.getFileName().toString();
            if (name.startsWith(".")) {
                continue; // temporary files are reported by checkOrphans
            }
            String owner = name.endsWith("." + CasFormat.EXTENSION)
                    ? name.substring(0, name.length() - CasFormat.EXTENSION.length() - 1)
                    : null;
            boolean gold = file.equals(layout.gold(id));
            if (!gold && (owner == null || !annotators.contains(owner))) {
                findings.add(new Finding(file, "orphan file: no annotator '" + owner
                        + "' in the corpus; add the annotator or remove the file"));
                continue;
            }
            checkCas(file, id, gold ? null : owner, text, findings);
        }
        if (Files.exists(layout.gold(id)) || Files.exists(layout.curationRecord(id))) {
            try {
                new org.attest.curation.CurationService(store).check(document);
            } catch (CorpusException e) {
                findings.add(new Finding(layout.curationRecord(id), e.getMessage()));
            }
        }
    }

    private void checkCas(Path file, String document, String annotator, String text, List<Finding> findings) {
        CAS cas;
        try {
            cas = store.casFormat().read(store.readBytes(file), file.toString());
        } catch (Exception e) {
            String message = String.valueOf(e.getMessage());
            findings.add(new Finding(file, "unreadable CAS: "
                    + (message.startsWith(file + ": ") ? message.substring(file.toString().length() + 2) : message)));
            return;
        }
        List<CasProblem> problems = doctor.check(cas, store.corpus().getSchema(), text);
        for (CasProblem problem : problems) {
            findings.add(new Finding(file, problem.message()));
        }
        if (problems.isEmpty()) {
            // a broken CAS is an error already; its chains would only repeat what is broken
            for (ChainProblem problem : Chains.read(cas, store.corpus().getSchema(), entities)
                    .problems()) {
                warnings.add(new ChainWarning(file, document, annotator, problem));
            }
        }
    }

    private static void checkOrphans(CorpusLayout layout, Set<String> ids, List<Finding> findings) throws IOException {
        List<String> pending = org.attest.store.fs.Recovery.pending(layout.dir());
        if (!pending.isEmpty()) {
            // what an interrupted operation left is no orphan: the next writer finishes or removes it
            pending.forEach(note -> findings.add(new Finding(layout.privateDir(), "needs recovery: " + note
                    + "; any command that changes the corpus (or opening it in the workbench) does it, and says what it did")));
            return;
        }
        if (Files.isDirectory(layout.documents())) {
            try (Stream<Path> dirs = Files.list(layout.documents())) {
                for (Path dir : dirs.sorted().toList()) {
                    String name = dir.getFileName().toString();
                    if (!ids.contains(name)) {
                        findings.add(new Finding(dir,
                                "orphan: the folder holds no readable document.xmi, so the corpus has no document '"
                                        + name
                                        + "' (left by an interrupted import?); remove it or re-import the text"));
                    } else {
                        for (Path tmp : TemporaryFiles.leftovers(dir)) {
                            findings.add(new Finding(tmp,
                                    "temporary file left by an interrupted save; the saved file beside it is intact, so this one can be deleted"));
                        }
                        if (Files.isDirectory(dir.resolve("annotations"))) {
                            for (Path tmp : TemporaryFiles.leftovers(dir.resolve("annotations"))) {
                                findings.add(new Finding(tmp,
                                        "temporary file left by an interrupted save; the saved file beside it is intact, so this one can be deleted"));
                            }
                        }
                    }
                }
            }
        }
        List<Path> leftovers = new ArrayList<>();
        try (Stream<Path> top = Files.list(layout.dir())) {
            top.filter(TemporaryFiles::isTemporary).forEach(leftovers::add);
        }
        for (Path folder : List.of(layout.annotators(), layout.dir().resolve("registry"))) {
            leftovers.addAll(TemporaryFiles.leftovers(folder));
        }
        for (Path tmp : leftovers) {
            findings.add(new Finding(tmp,
                    "temporary file left by an interrupted save; the saved file beside it is intact, so this one can be deleted"));
        }
        // staging folders left without files to publish are harmless; the next program that opens the corpus for
        // writing removes them
    }
}

package org.attest.sync.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.util.CasIOUtils;
import org.attest.cas.Layers;
import org.attest.demo.ScriptedAnnotator.Personality;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.attest.store.fs.Folders;
import org.attest.sync.SyncResult;
import org.attest.validate.CorpusValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeSystemMigrationTest {

    private static final byte[] NEW_FORM = "ATTEST CAS 2 ".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path tmp;

    // The annotations of every document of {@code annotator}, as offsets and layer per line.
    private static List<String> work(Path dir, String annotator) throws Exception {
        List<String> lines = new ArrayList<>();
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            for (Document document : store.corpus().getDocuments()) {
                Layers layers = new Layers(store.readCas(document, annotator), store.corpus().getSchema());
                layers.countPerLayer()
                        .forEach((layer, count) -> lines.add(document.getId() + " " + layer + " " + count));
                layers.spans("Entity")
                        .forEach(e -> lines.add(document.getId() + " " + e.getBegin() + "-" + e.getEnd()));
            }
        }
        return lines;
    }

    // Rewrites every CAS file of {@code dir} in the form Attest wrote before the corpus kept its type system once, and
    // removes the type system files, as a corpus published by an earlier Attest holds it.
    private static void asWrittenBefore(Path dir) throws Exception {
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            for (Document document : store.corpus().getDocuments()) {
                for (String annotator : List.of("anna", "ben")) {
                    if (store.hasCas(document, annotator)) {
                        CAS cas = store.readCas(document, annotator);
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        CasIOUtils.save(cas, out, SerialFormat.COMPRESSED_FILTERED_TSI);
                        Files.write(store.layout().cas(document.getId(), annotator), out.toByteArray());
                    }
                }
            }
            Folders.deleteQuietly(store.layout().typeSystems());
        }
    }

    @Test
    void thatTwoClonesOfACorpusOfTheEarlierFormSynchroniseAfterMigratingWithoutAConflict() throws Exception {
        Team team = new Team(tmp).published();
        Team.annotate(team.lead(), Personality.careful("anna"), DocumentState.IN_PROGRESS);
        Team.annotate(team.lead(), Personality.careful("ben"), DocumentState.IN_PROGRESS);
        asWrittenBefore(team.lead());
        Team.git(team.lead(), "add", "-A");
        Team.git(team.lead(), "commit", "-q", "-m", "work saved by an earlier Attest");
        Team.git(team.lead(), "push", "-q", team.url(), "HEAD:main");
        List<String> bensBefore = new ArrayList<>();
        Path anna = team.cloneAs("anna");
        Path ben = team.cloneAs("ben");
        bensBefore.addAll(work(ben, "ben"));
        Path annasFile;
        try (CorpusStore store = CorpusStore.open(anna, CorpusStore.Mode.READ, "test")) {
            annasFile = store.layout().cas(store.corpus().getDocuments().get(0).getId(), "anna");
        }
        assertThat(Files.readString(annasFile, StandardCharsets.ISO_8859_1)).doesNotStartWith("ATTEST CAS ");

        Team.annotate(anna, Personality.careful("anna"), DocumentState.FINISHED);
        SyncResult annas = Team.sync(anna);
        SyncResult bens = Team.sync(ben);
        SyncResult annasAgain = Team.sync(anna);

        assertThat(Files.readAllBytes(annasFile)).startsWith(NEW_FORM);
        assertThat(annas.notes()).isEmpty();
        assertThat(bens.notes()).isEmpty();
        assertThat(annasAgain.notes()).isEmpty();
        assertThat(work(ben, "anna")).isEqualTo(work(anna, "anna"));
        assertThat(work(ben, "ben")).isEqualTo(bensBefore).isEqualTo(work(anna, "ben"));
        Path bensCopy = ben.resolve(anna.relativize(annasFile));
        assertThat(Files.readAllBytes(bensCopy)).isEqualTo(Files.readAllBytes(annasFile));
        try (CorpusStore store = CorpusStore.open(ben, CorpusStore.Mode.READ, "test")) {
            assertThat(store.layout().typeSystem(store.casFormat().typeSystemFile().id())).isRegularFile();
            assertThat(new CorpusValidator(store).validate(m -> {
            })).isEmpty();
        }
        assertThat(Team.git(ben, "status", "--porcelain")).isEmpty();
    }
}

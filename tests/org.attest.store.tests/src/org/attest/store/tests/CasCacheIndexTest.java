package org.attest.store.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.attest.store.cache.CasCache;
import org.attest.store.fs.FileStamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index of a cache file as a command holds it in memory (a cache of 100,000 documents has 400,000 entries): each
 * document's name and text hash, and each annotator's name, held once however many entries name them.
 */
class CasCacheIndexTest {

    @TempDir
    Path tmp;

    private CasCache<String> open() {
        return CasCache.open(tmp.resolve(".attest/cache/test.bin"), "ATTEST-TEST-1", "fingerprint", TextCodec.TEXT);
    }

    // the entry the opened cache holds for a document and annotator; the index is private, so read by reflection
    private static Object entry(CasCache<String> cache, String document, String annotator) throws Exception {
        Field field = CasCache.class.getDeclaredField("byDocumentAndAnnotator");
        field.setAccessible(true);
        for (Object entry : ((Map<?, ?>) field.get(cache)).values()) {
            if (part(entry, "document").equals(document) && part(entry, "annotator").equals(annotator)) {
                return entry;
            }
        }
        throw new AssertionError("the cache holds no entry of " + document + " by " + annotator);
    }

    private static Object part(Object entry, String name) throws Exception {
        Method accessor = entry.getClass().getDeclaredMethod(name);
        accessor.setAccessible(true);
        return accessor.invoke(entry);
    }

    @Test
    void theEntriesOfADocumentShareItsNameAndTextHashAndThoseOfAnAnnotatorItsName() throws Exception {
        CasCache<String> written = open();
        int n = 0;
        for (String document : new String[]{"flood-1", "flood-2"}) {
            for (String annotator : new String[]{"anna", "ben", "gold"}) {
                n++;
                // each from a string of its own, as every entry's are when read from the file
                written.put(CasCache.hash((document + annotator).getBytes(StandardCharsets.UTF_8)),
                        new FileStamp(2049, n, 2714, n, n), new String("sha-of-" + document), new String(document),
                        new String(annotator), "value " + n);
            }
        }
        written.save();

        CasCache<String> sut = open();

        Object anna1 = entry(sut, "flood-1", "anna");
        Object ben1 = entry(sut, "flood-1", "ben");
        Object anna2 = entry(sut, "flood-2", "anna");
        assertThat(part(ben1, "document")).isEqualTo("flood-1").isSameAs(part(anna1, "document"));
        assertThat(part(ben1, "textHash")).isEqualTo("sha-of-flood-1").isSameAs(part(anna1, "textHash"));
        assertThat(part(anna2, "annotator")).isEqualTo("anna").isSameAs(part(anna1, "annotator"));
        assertThat(part(anna2, "document")).isEqualTo("flood-2");
        assertThat(sut.findUnchanged(new FileStamp(2049, 4, 2714, 4, 4), "sha-of-flood-2", "flood-2", "anna"))
                .isEqualTo("value 4");
    }

    @Test
    void theSameBytesUnderAnotherDocumentAndAnnotatorAreFoundByTheirHashOnlyForTheSameText() throws Exception {
        CasCache<String> written = open();
        byte[] bytes = "one CAS file's bytes".getBytes(StandardCharsets.UTF_8);
        written.put(CasCache.hash(bytes), new FileStamp(2049, 1, 2714, 1, 1), "sha-of-flood", "flood-1", "anna",
                "12 entities");
        written.save();

        CasCache<String> sut = open();

        FileStamp copy = new FileStamp(2049, 2, 2714, 2, 2);
        assertThat(sut.findUnchanged(copy, "sha-of-flood", "flood-1-copy", "ben")).isNull();
        assertThat(sut.find(CasCache.hash(bytes), copy, "sha-of-flood", "flood-1-copy", "ben"))
                .isEqualTo("12 entities");
        assertThat(sut.find(CasCache.hash(bytes), copy, "sha-of-another-text", "flood-9", "ben")).isNull();
        sut.save();
        assertThat(open().findUnchanged(copy, "sha-of-flood", "flood-1-copy", "ben")).isEqualTo("12 entities");
    }

    // how many entries the cache holds for this run alone, besides its index of the file; private, read by reflection
    private static int keptForTheRun(CasCache<String> cache) throws Exception {
        Field field = CasCache.class.getDeclaredField("kept");
        field.setAccessible(true);
        return ((Map<?, ?>) field.get(cache)).size();
    }

    @Test
    void aRunThatFindsEveryEntryUnchangedHoldsNothingOfItsOwnAndLeavesTheFileAsItWas() throws Exception {
        CasCache<String> written = open();
        for (int n = 1; n <= 3; n++) {
            written.put(CasCache.hash(("cas " + n).getBytes(StandardCharsets.UTF_8)),
                    new FileStamp(2049, n, 2714, n, n),
                    "sha-" + n, "flood-" + n, "anna", "value " + n);
        }
        written.save();
        Path file = tmp.resolve(".attest/cache/test.bin");
        byte[] before = java.nio.file.Files.readAllBytes(file);

        CasCache<String> sut = open();
        for (int n = 1; n <= 3; n++) {
            FileStamp stamp = new FileStamp(2049, n, 2714, n, n);
            assertThat(sut.findUnchanged(stamp, "sha-" + n, "flood-" + n, "anna")).isEqualTo("value " + n);
            assertThat(sut.find(CasCache.hash(("cas " + n).getBytes(StandardCharsets.UTF_8)), stamp, "sha-" + n,
                    "flood-" + n, "anna")).isEqualTo("value " + n);
        }

        assertThat(keptForTheRun(sut)).isZero();
        sut.save();
        assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(before);

        CasCache<String> changed = open();
        changed.put(CasCache.hash("cas 4".getBytes(StandardCharsets.UTF_8)), new FileStamp(2049, 4, 2714, 4, 4),
                "sha-4", "flood-4", "anna", "value 4");
        assertThat(keptForTheRun(changed)).isEqualTo(1);
        changed.save();
        CasCache<String> after = open();
        for (int n = 1; n <= 4; n++) {
            assertThat(after.findUnchanged(new FileStamp(2049, n, 2714, n, n), "sha-" + n, "flood-" + n, "anna"))
                    .isEqualTo("value " + n);
        }
    }
}

package org.attest.store;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.attest.model.Document;
import org.attest.store.CorpusException;

/**
 * Reads documents' immutable texts, checking each against the SHA-256 recorded at import, and remembers the last few
 * checked.
 */
final class TextReader {

    private static final int VERIFIED_TEXTS = 16;

    private final CorpusLayout layout;
    // The texts verified last, a few so that threads reading different documents at once each keep theirs.
    private final Map<Path, VerifiedText> verified = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, VerifiedText> eldest) {
            return size() > VERIFIED_TEXTS;
        }
    });

    /**
     * A text whose hash was checked, with the file's size and time then, so reading it again needs one stat, not a
     * hash.
     */
    private record VerifiedText(long size, FileTime modified, String sha, String text) {
    }

    TextReader(CorpusLayout layout) {
        this.layout = layout;
    }

    /** Reads the text of {@code document}, refusing it when its SHA-256 differs from the one recorded at import. */
    String read(Document document) throws CorpusException {
        Path file = layout.text(document.getId());
        VerifiedText cached = verified.get(file);
        if (cached != null && cached.sha().equals(document.getTextSha256())) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                if (attributes.size() == cached.size() && attributes.lastModifiedTime().equals(cached.modified())) {
                    return cached.text();
                }
            } catch (IOException e) {
                // fall through to the full read, which reports the problem
            }
        }
        byte[] bytes;
        BasicFileAttributes before;
        try {
            org.attest.store.fs.PathGuard.readable(layout.dir(), file);
            before = Files.readAttributes(file, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            // UTF-8 takes at most three bytes per UTF-16 unit: a larger file cannot be the text imported, so it is not
            // read
            if (document.eIsSet(org.attest.model.CorpusPackage.Literals.DOCUMENT__TEXT_LENGTH)
                    && before.size() > 3L * Math.max(0, document.getTextLength())) {
                throw new CorpusException(file + " is " + before.size() + " bytes, more than the "
                        + document.getTextLength()
                        + " characters recorded at import can take; it was changed after import: restore it from a backup or version control");
            }
            bytes = CorpusFiles.read(layout.dir(), file);
        } catch (NoSuchFileException e) {
            throw new CorpusException(file + " is missing: the text of document '" + document.getId()
                    + "' was deleted or moved; restore it from a backup or version control");
        } catch (org.attest.store.fs.UnsafePathException e) {
            throw new CorpusException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CorpusException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String actual = Hashes.sha256(bytes);
        if (!actual.equals(document.getTextSha256())) {
            throw new CorpusException(file + " was changed after import (SHA-256 " + actual + ", expected "
                    + document.getTextSha256()
                    + "); annotations refer to the original text, so restore it from a backup or version control");
        }
        try {
            String text = new String(bytes, StandardCharsets.UTF_8);
            // malformed bytes decode to U+FFFD; only a text holding one can be malformed, so only then decode strictly
            if (text.indexOf('\uFFFD') >= 0) {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                        .toString();
            }
            if (before.size() == bytes.length) {
                verified.put(file, new VerifiedText(before.size(), before.lastModifiedTime(), actual, text));
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new CorpusException(
                    file + " is not valid UTF-8 although its hash matches; the corpus was written by another tool", e);
        }
    }
}

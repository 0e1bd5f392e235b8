package org.attest.io;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one article from a plain text file, keeping its text exactly as in the file (only a UTF-8 byte order mark is
 * removed) and taking metadata from an optional {@code NAME.meta.json} sidecar and from metadata lines in the text.
 */
public final class TextArticleReader implements ArticleReader {

    /** Creates a reader. */
    public TextArticleReader() {
    }

    /** Returns the one article of the text file {@code file}. */
    @Override
    public List<Article> read(Path file, ImportOptions options) throws ImportException {
        Optional<Sidecar> sidecar = Sidecar.find(file);
        Charset encoding = encoding(file, options, sidecar);
        byte[] bytes = FileBytes.read(file, options);
        String howToDeclare = "for the import, or as \"encoding\": \"NAME\" in " + Sidecar.pathOf(file).getFileName();
        String text = new TextDecoder(file.toString(), howToDeclare, true).decode(bytes, encoding);
        ArticleMetadata metadata = metadata(file, sidecar, MetadataLines.scan(text));
        MetadataFields.check(metadata, file.toString());
        return List.of(Article.plain(file.getFileName().toString(), text, metadata));
    }

    private static Charset encoding(Path file, ImportOptions options, Optional<Sidecar> sidecar)
            throws ImportException {
        String declared = sidecar.map(s -> s.get("encoding")).orElse(null);
        if (declared == null) {
            return options.declaredEncoding();
        }
        Charset charset;
        try {
            charset = Charset.forName(declared.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ImportException(sidecar.get().path() + ": \"encoding\": \"" + declared
                    + "\" is not an encoding this Java runtime knows; use a name such as UTF-8, ISO-8859-1 or windows-1252");
        }
        if (options.declaredEncoding() != null && !options.declaredEncoding().equals(charset)) {
            throw new ImportException(file + ": the encoding " + options.declaredEncoding().name()
                    + " was declared for the import but " + sidecar.get().path().getFileName() + " declares "
                    + charset.name()
                    + "; remove one of the two declarations");
        }
        return charset;
    }

    private static ArticleMetadata metadata(Path file, Optional<Sidecar> sidecar, MetadataLines.Found lines) {
        Map<String, String> fromText = lines.fields();
        Map<String, String> extra = new LinkedHashMap<>();
        sidecar.ifPresent(s -> extra.putAll(s.extra()));
        String id = sidecarValue(sidecar, "id");
        String title = pick(sidecar, "title",
                fromText.getOrDefault("title", MetadataLines.titleFrom(lines.firstTextLine())), extra);
        String outlet = pick(sidecar, "outlet", fromText.get("outlet"), extra);
        String language = pick(sidecar, "language", fromText.get("language"), extra);
        String date = pick(sidecar, "date", fromText.get("date"), extra);
        if (fromText.containsKey("author")) {
            extra.putIfAbsent("author", fromText.get("author"));
        }
        if (lines.agencyId() != null) {
            extra.put(MetadataLines.AGENCY_ID, lines.agencyId());
        }
        return new ArticleMetadata(id != null ? id : Ids.fromFileName(file), title, outlet, language,
                sidecarValue(sidecar, "originalLanguage"), date, extra);
    }

    /** Prefers the sidecar's value; a different value found in the text is kept in {@code extra}, not dropped. */
    private static String pick(Optional<Sidecar> sidecar, String key, String fromText, Map<String, String> extra) {
        String fromSidecar = sidecarValue(sidecar, key);
        if (fromSidecar == null) {
            return fromText;
        }
        if (fromText != null && !fromText.equals(fromSidecar) && !"title".equals(key)) {
            extra.put(key + "-in-text", fromText);
        }
        return fromSidecar;
    }

    private static String sidecarValue(Optional<Sidecar> sidecar, String key) {
        return sidecar.map(s -> s.get(key)).orElse(null);
    }
}

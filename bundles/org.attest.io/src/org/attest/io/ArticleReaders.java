package org.attest.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.attest.io.tokens.Conll2003ArticleReader;
import org.attest.io.tokens.ConlluArticleReader;
import org.attest.io.tokens.HfTokenArticleReader;
import org.attest.model.Schema;

/** Chooses the reader for a file by its extension and expands folders into the importable files they hold. */
public final class ArticleReaders {

    /** The formats an import can be told to read every input as, whatever the files' extensions. */
    public static final List<String> FORMATS = List.of("txt", "jsonl", "xmi", "brat", Conll2003ArticleReader.FORMAT,
            ConlluArticleReader.FORMAT, HfTokenArticleReader.FORMAT);

    private final Schema schema;
    private final String format;

    /** Creates the readers for {@code schema}, which XMI annotations are mapped to, choosing each by extension. */
    public ArticleReaders(Schema schema) {
        this(schema, null);
    }

    /**
     * Creates the readers for {@code schema} that read every file as {@code format}, one of {@link #FORMATS}, or by its
     * extension when {@code format} is null.
     *
     * @throws IllegalArgumentException naming the formats there are when {@code format} is none of them
     */
    public ArticleReaders(Schema schema, String format) {
        this.schema = Objects.requireNonNull(schema, "schema");
        if (format != null && !FORMATS.contains(format)) {
            throw new IllegalArgumentException("there is no import format \"" + format + "\"; the formats are "
                    + String.join(", ", FORMATS));
        }
        this.format = format;
    }

    /**
     * Returns the reader for {@code file}: the format given, or by extension .txt, .jsonl/.ndjson, .xmi, brat's .ann
     * (with its .txt), .conll (CoNLL-2003) or .conllu (CoNLL-U).
     */
    public ArticleReader forFile(Path file) throws ImportException {
        return switch (format != null ? format : extension(file)) {
            case "txt" -> new TextArticleReader();
            case "jsonl", "ndjson" -> new JsonLinesArticleReader(schema);
            case "xmi" -> new XmiArticleReader(schema);
            case "ann", "brat" -> new BratArticleReader(schema);
            case "conll", Conll2003ArticleReader.FORMAT -> new Conll2003ArticleReader(schema);
            case ConlluArticleReader.FORMAT -> new ConlluArticleReader(schema);
            case HfTokenArticleReader.FORMAT -> new HfTokenArticleReader(schema);
            default -> throw new ImportException(file + ": not a supported format; use .txt, .jsonl, .xmi, .ann, .conll"
                    + " or .conllu, or name the format (" + String.join(", ", FORMATS) + ")");
        };
    }

    /** Returns whether {@code file} has an extension one of the readers handles. */
    public static boolean isSupported(Path file) {
        return switch (extension(file)) {
            case "txt", "jsonl", "ndjson", "xmi", "ann", "conll", "conllu" -> true;
            default -> false;
        };
    }

    /**
     * Returns the files to import: given files as they are, folders walked recursively in sorted order picking
     * supported
     * files (sidecars, type systems, texts of brat .ann files and hidden files skipped), each file once; a symbolic
     * link
     * among them is refused unless {@code followLinks}, so that a folder of articles cannot bring in other files.
     */
    public List<Path> expand(List<Path> inputs, boolean followLinks) throws ImportException {
        Set<Path> files = new LinkedHashSet<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new ImportException(input + ": no such file or folder; check the path");
            }
            if (!followLinks && Files.isSymbolicLink(input)) {
                throw linked(input);
            }
            if (Files.isDirectory(input)) {
                files.addAll(walk(input, followLinks));
            } else {
                forFile(input);
                files.add(input.normalize());
            }
        }
        return List.copyOf(files);
    }

    /** Returns the files to import like {@link #expand(List, boolean)}, refusing symbolic links. */
    public List<Path> expand(List<Path> inputs) throws ImportException {
        return expand(inputs, false);
    }

    private static ImportException linked(Path link) {
        String to;
        try {
            to = " (to " + Files.readSymbolicLink(link) + ")";
        } catch (IOException | UnsupportedOperationException e) {
            to = "";
        }
        return new ImportException(
                link + ": a symbolic link" + to + "; import reads linked files only when told to, so that a"
                        + " folder of articles cannot bring in other files",
                ImportException.Remedy.FOLLOW_LINKS);
    }

    private static List<Path> walk(Path folder, boolean followLinks) throws ImportException {
        if (!followLinks) {
            try (Stream<Path> paths = Files.walk(folder)) {
                java.util.Optional<Path> link = paths.filter(p -> !isHidden(folder.relativize(p)))
                        .filter(Files::isSymbolicLink).sorted().findFirst();
                if (link.isPresent()) {
                    throw linked(link.get());
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new ImportException(folder + ": cannot list the folder (" + e.getMessage()
                        + "); check that it exists and that you may read it", e);
            }
        }
        java.nio.file.FileVisitOption[] options = followLinks
                ? new java.nio.file.FileVisitOption[]{java.nio.file.FileVisitOption.FOLLOW_LINKS}
                : new java.nio.file.FileVisitOption[0];
        try (Stream<Path> paths = Files.walk(folder, options)) {
            List<Path> found = new ArrayList<>(paths.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .filter(ArticleReaders::isSupported)
                    .filter(p -> !isBratText(p))
                    .map(Path::normalize)
                    .toList());
            found.sort(null);
            return found;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImportException(folder + ": cannot list the folder (" + e.getMessage()
                    + "); check that it exists and that you may read it", e);
        }
    }

    // A brat document's text is read through its .ann file, not imported a second time as plain text.
    private static boolean isBratText(Path file) {
        return "txt".equals(extension(file)) && Files.isRegularFile(file.resolveSibling(Ids.baseName(file) + ".ann"));
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

package org.attest.inception;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.attest.io.Article;
import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.io.XmiArticleReader;
import org.attest.model.Schema;

/**
 * Reads the annotation files of a project export: an XMI file with the type system beside it in the archive, or a ZIP
 * of both (what INCEpTION writes for the XMI format), through {@link XmiArticleReader} in a scratch folder of its own.
 */
final class InceptionXmi implements AutoCloseable {

    private final Schema schema;
    private final ImportOptions options;
    private final CustomLayers customLayers;
    private final Path scratch;
    private int files;

    /** Creates a reader for {@code schema} that writes its scratch copies into a new temporary folder. */
    InceptionXmi(Schema schema, ImportOptions options, CustomLayers customLayers) throws ImportException {
        this.schema = schema;
        // what the schema lacks is counted and reported, never a reason to refuse the project
        this.options = options.withIgnoreUnknownTypes(true);
        this.customLayers = customLayers;
        try {
            this.scratch = Files.createTempDirectory("attest-inception");
        } catch (IOException e) {
            throw new ImportException("cannot create a temporary folder to read the project in: " + e.getMessage()
                    + "; free space in the temporary folder (java.io.tmpdir) and try again", e);
        }
    }

    /** Returns whether {@code entry} names an annotation file this reader reads. */
    static boolean isAnnotationFile(String entry) {
        String lower = entry.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xmi") || lower.endsWith(".zip");
    }

    /** Returns the article of the annotation file {@code entry} of {@code zip}, named after the entry. */
    Article read(ProjectZip zip, String entry) throws ImportException {
        byte[] content = zip.entry(entry).orElseThrow();
        byte[] xmi;
        byte[] typeSystem;
        String folder = entry.substring(0, entry.lastIndexOf('/'));
        if (entry.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            ProjectZip inner = ProjectZip.read(zip.where(entry), Path.of(zip.where()), content,
                    options.maxFileBytes());
            List<String> xmis = inner.names().stream().filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".xmi"))
                    .toList();
            if (xmis.size() != 1) {
                throw new ImportException(zip.where(entry) + " holds " + xmis.size()
                        + " XMI files where one was expected; export the project again with the format UIMA CAS XMI");
            }
            xmi = inner.entry(xmis.get(0)).orElseThrow();
            String innerFolder = xmis.get(0).contains("/")
                    ? xmis.get(0).substring(0, xmis.get(0).lastIndexOf('/'))
                    : "";
            typeSystem = typeSystem(inner, innerFolder, zip.where(entry));
        } else {
            xmi = content;
            typeSystem = typeSystem(zip, folder, zip.where(entry));
        }
        Path dir = scratch.resolve(Integer.toString(files++));
        try {
            Files.createDirectory(dir);
            Files.write(dir.resolve("document.xmi"), customLayers.renameInXmi(xmi));
            Files.write(dir.resolve(XmiArticleReader.TYPE_SYSTEM_NAMES.get(0)),
                    customLayers.renameInTypeSystem(typeSystem));
        } catch (IOException e) {
            throw new ImportException("cannot write a scratch copy of " + zip.where(entry) + " into " + dir + ": "
                    + e.getMessage() + "; free space in the temporary folder and try again", e);
        }
        Article read;
        try {
            read = new XmiArticleReader(schema).read(dir.resolve("document.xmi"), options).get(0);
        } catch (ImportException e) {
            // the reader names the scratch copy; the user knows the entry
            throw new ImportException(e.getMessage().replace(dir.resolve("document.xmi").toString(),
                    zip.where(entry)), e);
        }
        return new Article(zip.where(entry), read.text(), read.metadata(), read.spans(), read.relations(),
                read.unknownTypes(), read.sourceSegmentation().orElse(null));
    }

    private static byte[] typeSystem(ProjectZip zip, String folder, String where) throws ImportException {
        for (String name : XmiArticleReader.TYPE_SYSTEM_NAMES) {
            Optional<byte[]> found = zip.entry(folder.isEmpty() ? name : folder + "/" + name);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new ImportException(where + ": no UIMA type system beside it (looked for "
                + XmiArticleReader.TYPE_SYSTEM_NAMES + " in " + (folder.isEmpty() ? "the archive's root" : folder)
                + "); export the project again with the format UIMA CAS XMI, which writes it");
    }

    /** Deletes the scratch copies. */
    @Override
    public void close() {
        try (var walk = Files.walk(scratch)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a scratch copy left in the temporary folder harms nothing; the operating system clears it
        }
    }
}

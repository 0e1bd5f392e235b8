package org.attest.inception;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.attest.io.ImportException;
import org.attest.io.ImportLimitException;

/**
 * The files of a ZIP archive read into memory, each entry's name checked (no {@code ..}, no absolute or drive names,
 * no backslashes or control characters) and its size bounded while it is read; names are looked up, never resolved
 * against a folder, so no entry can make a read or write outside.
 */
public final class ProjectZip {

    /** The most entries an archive may hold. */
    static final int MAX_ENTRIES = 100_000;

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private final String where;
    private final Map<String, byte[]> entries;

    private ProjectZip(String where, Map<String, byte[]> entries) {
        this.where = where;
        this.entries = Collections.unmodifiableMap(entries);
    }

    /**
     * Reads the archive {@code bytes}, named {@code where} in messages, refusing an unsafe entry name and an entry or
     * archive larger than {@code maxEntryBytes} (the archive as a whole may hold 20 times that).
     */
    public static ProjectZip read(String where, Path file, byte[] bytes, long maxEntryBytes) throws ImportException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = checkedName(where, entry.getName());
                if (entries.size() >= MAX_ENTRIES) {
                    throw new ImportException(where + " holds more than " + MAX_ENTRIES
                            + " entries; split the project or export fewer documents");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.containsKey(name)) {
                    throw new ImportException(where + " holds the entry " + name
                            + " twice; export the project again from INCEpTION");
                }
                byte[] content = bounded(zip, where, name, file, maxEntryBytes);
                total += content.length;
                if (total > 20 * maxEntryBytes) {
                    throw new ImportLimitException(ImportLimitException.Limit.FILE_SIZE, file, total,
                            20 * maxEntryBytes, where + " unpacks to more than " + 20 * maxEntryBytes
                                    + " bytes; raise the limit");
                }
                entries.put(name, content);
            }
        } catch (ZipException e) {
            throw new ImportException(where + " is not a readable ZIP archive (" + e.getMessage()
                    + "); export the project again from INCEpTION", e);
        } catch (IOException e) {
            throw new ImportException("cannot read " + where + ": " + e.getMessage(), e);
        }
        return new ProjectZip(where, entries);
    }

    /** Returns whether {@code in} is a ZIP archive with a project JSON ({@code exportedproject*.json}) at its root. */
    public static boolean isProject(InputStream in) {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (isProjectJson(entry.getName())) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a ZIP, or one with names Java cannot decode: not a project export, and the import says why not
            return false;
        }
        return false;
    }

    static boolean isProjectJson(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.contains("/") && lower.startsWith(InceptionLayout.PROJECT_JSON_PREFIX) && lower.endsWith(".json");
    }

    /** Returns how messages name the archive. */
    public String where() {
        return where;
    }

    /** Returns how messages name {@code entry} of the archive. */
    public String where(String entry) {
        return where + "!/" + entry;
    }

    /** Returns the content of the entry {@code name}, if the archive has it. */
    public Optional<byte[]> entry(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** Returns the names of the archive's files, in archive order. */
    public List<String> names() {
        return new ArrayList<>(entries.keySet());
    }

    /**
     * Returns the names of the files directly inside the folder {@code folder} (such as {@code annotation/doc.txt}).
     */
    public List<String> namesIn(String folder) {
        String prefix = folder + "/";
        return entries.keySet().stream()
                .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
                .toList();
    }

    private static String checkedName(String where, String name) throws ImportException {
        String problem = null;
        if (name.isEmpty()) {
            problem = "an empty name";
        } else if (name.startsWith("/") || DRIVE.matcher(name).matches()) {
            problem = "an absolute name";
        } else if (name.indexOf('\\') >= 0) {
            problem = "a backslash in its name";
        } else if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            problem = "a control character in its name";
        } else {
            String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
            for (String part : trimmed.split("/", -1)) {
                if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                    problem = "a name with an empty, '.' or '..' part";
                }
            }
        }
        if (problem != null) {
            throw new ImportException(where + " holds the entry '" + name.replaceAll("\\p{Cntrl}", "?") + "' with "
                    + problem + ", which could point outside the archive; nothing was imported. Export the project "
                    + "again from INCEpTION, or remove that entry");
        }
        return name;
    }

    private static byte[] bounded(InputStream in, String where, String name, Path file, long max)
            throws IOException, ImportException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            // the declared size may lie: the bound is checked on what is actually unpacked
            if (total > max) {
                throw new ImportLimitException(ImportLimitException.Limit.FILE_SIZE, file, total, max,
                        where + "!/" + name + " unpacks to more than " + max + " bytes; raise the limit");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}

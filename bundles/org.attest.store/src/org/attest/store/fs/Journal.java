package org.attest.store.fs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The intent journal of one {@link Transaction}: the operation, a one-line account of it, its staging folder and the
 * files it changes, written durably before the first rename so that recovery can finish the operation.
 *
 * @param operation what writes, such as {@code "import"}
 * @param summary the one-line account of what the operation publishes
 * @param staging the staging folder, relative to the corpus folder
 * @param entries the files and folders the operation changes, in order
 */
record Journal(String operation, String summary, String staging, List<Entry> entries) {

    /** Where journals live, relative to the corpus folder. */
    static final String JOURNALS = ".attest/journal";

    /** Where transactions stage, relative to the corpus folder. */
    static final String STAGING = ".attest/staging";

    /** The sub-folder of a staging folder that holds the new content. */
    static final String NEW = "new";

    /** The sub-folder of a staging folder that holds replaced and deleted files until the commit ends. */
    static final String OLD = "old";

    static final String SUFFIX = ".intent";

    private static final String MAGIC = "attest-journal 1";

    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9._-]{1,255}");

    /** What an entry does on commit. */
    enum Kind {
        /** Creates or replaces a file. */
        FILE,
        /** Creates a folder with everything staged in it. */
        FOLDER,
        /** Deletes a file. */
        DELETE
    }

    /**
     * One change of a journal.
     *
     * @param kind what it does
     * @param path the file or folder it changes, relative to the corpus folder, with {@code /} separators
     */
    record Entry(Kind kind, String path) {
    }

    /** Returns the journal file of this transaction in the corpus folder {@code root}. */
    Path file(Path root) {
        return root.resolve(JOURNALS).resolve(Path.of(staging).getFileName() + SUFFIX);
    }

    /** Returns the journal as the lines of its file. */
    byte[] toBytes() {
        StringBuilder out = new StringBuilder(MAGIC).append('\n');
        out.append("operation ").append(oneLine(operation)).append('\n');
        out.append("summary ").append(oneLine(summary)).append('\n');
        out.append("staging ").append(staging).append('\n');
        for (Entry entry : entries) {
            out.append(entry.kind().name().toLowerCase(Locale.ROOT)).append(' ').append(entry.path()).append('\n');
        }
        return out.append("end\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a journal file, refusing one that is damaged or names a path outside the corpus folder.
     *
     * @param file the journal file, for messages
     * @param bytes its content
     * @return the journal
     * @throws IOException naming the file and the line when it cannot be used
     */
    static Journal parse(Path file, byte[] bytes) throws IOException {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        if (lines.length < 6 || !MAGIC.equals(lines[0]) || !"end".equals(lines[lines.length - 2])
                || !lines[lines.length - 1].isEmpty()) {
            throw damaged(file, "it does not start with '" + MAGIC + "' and end with 'end'");
        }
        String operation = value(file, lines[1], "operation", 2);
        String summary = value(file, lines[2], "summary", 3);
        String staging = value(file, lines[3], "staging", 4);
        checkPath(file, staging, 4);
        if (!staging.startsWith(STAGING + "/") || staging.substring(STAGING.length() + 1).contains("/")) {
            throw damaged(file, "line 4 names a staging folder outside " + STAGING);
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 4; i < lines.length - 2; i++) {
            int space = lines[i].indexOf(' ');
            Kind kind;
            try {
                kind = Kind.valueOf(space < 0 ? "?" : lines[i].substring(0, space).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw damaged(file, "line " + (i + 1) + " is not 'file', 'folder' or 'delete' followed by a path");
            }
            String path = lines[i].substring(space + 1);
            checkPath(file, path, i + 1);
            if (path.startsWith(".attest/")) {
                throw damaged(file, "line " + (i + 1) + " names Attest's private folder " + path);
            }
            entries.add(new Entry(kind, path));
        }
        return new Journal(operation, summary, staging, List.copyOf(entries));
    }

    /**
     * Turns an operation name into the start of a staging folder's name, such as {@code import} or
     * {@code mark-curated}.
     */
    static String slug(String operation) {
        String slug = operation.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "operation" : slug.length() > 40 ? slug.substring(0, 40) : slug;
    }

    /**
     * Refuses absolute paths, {@code ..}, empty segments and names with characters a corpus never uses in its own
     * files.
     */
    private static void checkPath(Path file, String path, int line) throws IOException {
        for (String segment : path.split("/", -1)) {
            if (!SAFE_SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                throw damaged(file, "line " + line + " names the path '" + path
                        + "', which is not a relative path inside the corpus");
            }
        }
    }

    private static String value(Path file, String line, String key, int number) throws IOException {
        if (!line.startsWith(key + " ")) {
            throw damaged(file, "line " + number + " should start with '" + key + " '");
        }
        return line.substring(key.length() + 1);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}+", " ");
    }

    private static IOException damaged(Path file, String problem) {
        return new IOException("The recovery journal " + file + " cannot be used: " + problem
                + ". Attest writes these files itself; restore the corpus from its last synchronised or backed-up copy,"
                + " or move the file away to open the corpus as it is.");
    }
}

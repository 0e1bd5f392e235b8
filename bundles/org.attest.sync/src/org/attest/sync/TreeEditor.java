package org.attest.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/**
 * Makes a new tree from an old one by replacing, adding or removing files, rewriting only the trees on the paths of the
 * changed files: in a corpus of ten thousand documents a change to ten of them rewrites a handful of trees, not all.
 */
final class TreeEditor {

    private record Item(byte[] name, FileMode mode, ObjectId id) {

        boolean tree() {
            return mode == FileMode.TREE;
        }
    }

    private TreeEditor() {
    }

    /**
     * Returns the tree {@code base} (null: empty) with each path of {@code changes} set to its blob, or removed where
     * the blob is null; trees left empty go too.
     */
    static ObjectId apply(ObjectReader reader, ObjectInserter inserter, ObjectId base, Map<String, ObjectId> changes)
            throws IOException {
        NavigableMap<String, ObjectId> sorted = changes instanceof TreeMap<String, ObjectId> t && t.comparator() == null
                ? t
                : new TreeMap<>(changes);
        ObjectId tree = edit(reader, inserter, base, sorted, 0);
        return tree == null ? inserter.insert(new TreeFormatter()) : tree;
    }

    // The tree with the changes applied, every path of which starts with the same folder, `from` characters long. A
    // subfolder's changes are a view of the sorted map (the paths between "name/" and "name0", '0' following '/'), so
    // a first commit of half a million files keeps no copy of their paths per level of folders.
    private static ObjectId edit(ObjectReader reader, ObjectInserter inserter, ObjectId tree,
            NavigableMap<String, ObjectId> changes, int from) throws IOException {
        Map<String, Item> items = new HashMap<>();
        if (tree != null) {
            CanonicalTreeParser parser = new CanonicalTreeParser(null, reader, tree);
            for (; !parser.eof(); parser.next()) {
                String name = parser.getEntryPathString();
                items.put(name, new Item(name.getBytes(StandardCharsets.UTF_8), parser.getEntryFileMode(),
                        parser.getEntryObjectId()));
            }
        }
        NavigableMap<String, ObjectId> rest = changes;
        while (!rest.isEmpty()) {
            Map.Entry<String, ObjectId> change = rest.firstEntry();
            String path = change.getKey();
            int slash = path.indexOf('/', from);
            if (slash < 0) {
                String name = path.substring(from);
                if (change.getValue() == null) {
                    items.remove(name);
                } else {
                    items.put(name,
                            new Item(name.getBytes(StandardCharsets.UTF_8), FileMode.REGULAR_FILE, change.getValue()));
                }
                rest = rest.tailMap(path, false);
                continue;
            }
            String folder = path.substring(0, slash);
            String name = folder.substring(from);
            Item old = items.get(name);
            ObjectId subtree = edit(reader, inserter, old != null && old.tree() ? old.id() : null,
                    rest.subMap(folder + "/", true, folder + "0", false), slash + 1);
            if (subtree == null) {
                items.remove(name);
            } else {
                items.put(name, new Item(name.getBytes(StandardCharsets.UTF_8), FileMode.TREE, subtree));
            }
            rest = rest.tailMap(folder + "0", true);
        }
        if (items.isEmpty()) {
            return null;
        }
        List<Item> sorted = new ArrayList<>(items.values());
        sorted.sort(TreeEditor::compare);
        TreeFormatter formatter = new TreeFormatter();
        for (Item item : sorted) {
            formatter.append(item.name(), item.mode(), item.id());
        }
        return inserter.insert(formatter);
    }

    // Git's order of tree entries: by bytes, a tree's name compared as if it ended in '/'.
    private static int compare(Item a, Item b) {
        byte[] x = a.name();
        byte[] y = b.name();
        int common = Math.min(x.length, y.length);
        int mismatch = Arrays.mismatch(x, 0, common, y, 0, common);
        if (mismatch >= 0) {
            return Byte.toUnsignedInt(x[mismatch]) - Byte.toUnsignedInt(y[mismatch]);
        }
        int cx = x.length > common ? Byte.toUnsignedInt(x[common]) : a.tree() ? '/' : 0;
        int cy = y.length > common ? Byte.toUnsignedInt(y[common]) : b.tree() ? '/' : 0;
        return cx - cy;
    }
}

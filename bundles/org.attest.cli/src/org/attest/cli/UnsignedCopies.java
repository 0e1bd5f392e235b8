package org.attest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.attest.store.fs.AtomicFiles;

/**
 * Copies of the signed jars of the quick start's class path without their signature files. Java checks a class from a
 * signed jar against the jar's signature each time a command loads it, and cannot keep it in a class-data sharing
 * archive; the installation checked the jars once, when they were installed. A jar that provides a security provider
 * keeps its signature, as some Javas ask for one.
 */
final class UnsignedCopies {

    private UnsignedCopies() {
    }

    /**
     * Returns {@code entry} when it is no signed jar (or a security provider's), else a copy of it in {@code folder}
     * without the signature files, written atomically.
     */
    static Path of(Path entry, Path folder) throws IOException {
        if (!Files.isRegularFile(entry) || !entry.getFileName().toString().endsWith(".jar")) {
            return entry;
        }
        try (JarFile jar = new JarFile(entry.toFile(), false)) {
            if (jar.stream().noneMatch(e -> isSignature(e.getName()))
                    || jar.getEntry("META-INF/services/java.security.Provider") != null) {
                return entry;
            }
            AtomicFiles.createDirectories(folder);
            Path copy = folder.resolve(entry.getFileName().toString());
            AtomicFiles.write(copy, out -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry e = entries.nextElement();
                    if (isSignature(e.getName())) {
                        continue;
                    }
                    ZipEntry copied = new ZipEntry(e.getName());
                    copied.setTime(e.getTime());
                    zip.putNextEntry(copied);
                    try (InputStream in = jar.getInputStream(e)) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
                zip.finish();
            });
            return copy;
        }
    }

    /** Returns whether {@code name} is a signature file of a jar (META-INF/*.SF, .RSA, .DSA, .EC or SIG-*). */
    static boolean isSignature(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
                || upper.startsWith("META-INF/SIG-");
    }
}

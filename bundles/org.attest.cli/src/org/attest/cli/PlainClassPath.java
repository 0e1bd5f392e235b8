package org.attest.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.attest.store.fs.AtomicFiles;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The class path that runs the command line without an OSGi framework ({@link Main}): the files of the command-line
 * bundle and of every bundle the framework wired it to, directly or through others, with their fragments and with
 * the bundles that contribute to Attest's extension points; the framework itself stays out.
 */
public final class PlainClassPath {

    /** The system property naming the file that a start inside OSGi writes the plain class path to. */
    public static final String PROPERTY = "attest.classpath.write";

    private PlainClassPath() {
    }

    /**
     * Returns the bundles reachable from {@code start} through its wiring or as contributors to an extension point of
     * an Attest bundle reached, {@code start} first and then in the order they were reached, the system bundle (the
     * framework) left out.
     */
    public static List<Bundle> closure(Bundle start) {
        Set<Bundle> seen = new LinkedHashSet<>();
        Deque<Bundle> todo = new ArrayDeque<>();
        todo.add(start);
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<Bundle> installed = List.of(start.getBundleContext().getBundles());
        while (!todo.isEmpty()) {
            Bundle bundle = todo.poll();
            if (bundle.getBundleId() == 0 || !seen.add(bundle)) {
                continue;
            }
            if (registry != null && bundle.getSymbolicName().startsWith("org.attest.")) {
                // what contributes to an extension point of Attest's is found without a wire to it (the
                // recommenders), and outside OSGi through ServiceLoader on the same class path; the platform's own
                // points (applications, EMF packages) would bring in the workbench
                todo.addAll(contributors(registry, bundle, installed));
            }
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (wiring == null) {
                throw new IllegalStateException(bundle.getSymbolicName() + " is not resolved");
            }
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                todo.add(wire.getProvider().getBundle());
            }
            for (BundleWire wire : wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE)) {
                todo.add(wire.getRequirer().getBundle());
            }
        }
        return List.copyOf(seen);
    }

    private static List<Bundle> contributors(IExtensionRegistry registry, Bundle bundle, List<Bundle> installed) {
        List<Bundle> result = new ArrayList<>();
        for (IExtensionPoint point : registry.getExtensionPoints(bundle.getSymbolicName())) {
            for (IExtension extension : point.getExtensions()) {
                String name = extension.getContributor().getName();
                installed.stream().filter(b -> name.equals(b.getSymbolicName())).forEach(result::add);
            }
        }
        return result;
    }

    /**
     * Writes the class path of {@code start}'s {@link #closure} to {@code file}, one absolute file or folder a line,
     * atomically; a signed jar (not a security provider's) is named by a copy without its signature files, written to
     * the folder {@code FILE.jars} beside it (see {@link UnsignedCopies}).
     *
     * @throws IOException when a bundle is not a file or folder on disk, holds a nested jar a plain class path cannot
     *     open, or the file cannot be written
     */
    public static void write(Path file, Bundle start) throws IOException {
        List<String> lines = new ArrayList<>();
        // the signed jars stand on it as copies without their signatures, in a folder beside the file
        Path copies = file.toAbsolutePath().resolveSibling(file.getFileName() + ".jars");
        for (Bundle bundle : closure(start)) {
            for (Path entry : entries(bundle)) {
                String line = UnsignedCopies.of(entry, copies).toString();
                if (line.contains(java.io.File.pathSeparator) || line.contains("\n")) {
                    throw new IOException(entry + " cannot stand on a class path (its name holds a '"
                            + java.io.File.pathSeparator + "' or a line break)");
                }
                lines.add(line);
            }
        }
        AtomicFiles.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the files and folders of {@code bundle} that a plain class path needs, in its Bundle-ClassPath order. */
    static List<Path> entries(Bundle bundle) throws IOException {
        Path location = location(bundle);
        String header = bundle.getHeaders("").get(Constants.BUNDLE_CLASSPATH);
        if (header == null || header.isBlank()) {
            header = ".";
        }
        List<Path> result = new ArrayList<>(devEntries(bundle, location));
        for (String clause : header.split(",")) {
            String entry = clause.split(";")[0].strip();
            if (entry.equals(".") || entry.equals("/")) {
                result.add(location);
            } else if (Files.isDirectory(location)) {
                Path inner = location.resolve(entry);
                if (Files.exists(inner)) {
                    result.add(inner);
                }
            } else if (bundle.getEntry(entry) != null) {
                throw new IOException(bundle.getSymbolicName() + " (" + location + ") holds " + entry
                        + ", a class path entry inside its jar that a plain class path cannot open");
            }
        }
        return result;
    }

    // a framework in development mode (osgi.dev, as in the tests) reads a bundle folder's classes from the output
    // folders it names: a list, or a properties file with a list per bundle
    private static List<Path> devEntries(Bundle bundle, Path location) throws IOException {
        String dev = System.getProperty("osgi.dev");
        if (dev == null || !Files.isDirectory(location)) {
            return List.of();
        }
        String folders = dev;
        if (dev.startsWith("file:")) {
            Properties properties = new Properties();
            try (var in = Files.newInputStream(Path.of(URI.create(dev)))) {
                properties.load(in);
            }
            folders = properties.getProperty(bundle.getSymbolicName(), properties.getProperty("*", ""));
        }
        List<Path> result = new ArrayList<>();
        for (String folder : folders.split(",")) {
            Path output = location.resolve(folder.strip());
            if (!folder.isBlank() && Files.isDirectory(output)) {
                result.add(output);
            }
        }
        return result;
    }

    // Equinox writes locations as reference:file:PATH, a relative PATH against the installation
    private static Path location(Bundle bundle) throws IOException {
        String location = bundle.getLocation();
        location = location.startsWith("initial@") ? location.substring("initial@".length()) : location;
        location = location.startsWith("reference:") ? location.substring("reference:".length()) : location;
        if (!location.startsWith("file:")) {
            throw new IOException(bundle.getSymbolicName() + " is not installed from a file: " + bundle.getLocation());
        }
        Path path = Path.of(location.substring("file:".length()));
        if (!path.isAbsolute()) {
            String install = System.getProperty("osgi.install.area");
            path = install == null
                    ? path.toAbsolutePath()
                    : Path.of(URI.create(install.replace(" ", "%20"))).resolve(path);
        }
        path = path.normalize();
        if (!Files.exists(path)) {
            throw new IOException(bundle.getSymbolicName() + " is installed from " + path + ", which does not exist");
        }
        return path;
    }
}

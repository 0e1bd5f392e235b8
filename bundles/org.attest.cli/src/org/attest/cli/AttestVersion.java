package org.attest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.Enumeration;
import java.util.jar.Manifest;

import picocli.CommandLine.IVersionProvider;

/** Reports the Attest version from this bundle's manifest, inside or outside OSGi. */
public final class AttestVersion implements IVersionProvider {

    private static final String SELF = AttestVersion.class.getName().replace('.', '/') + ".class";

    /** Returns the version lines printed by {@code attest --version}. */
    @Override
    public String[] getVersion() {
        return new String[]{"Attest " + current(),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }

    /** Returns the Bundle-Version of the command-line bundle, or {@code unknown} when it has none. */
    public static String current() {
        try {
            // the manifest of the jar or bundle this class came from; reading every manifest on the class path would
            // open each of its jars and check the signed ones
            URL own = AttestVersion.class.getClassLoader().getResource(SELF);
            String text = own == null ? "" : own.toString();
            if (text.endsWith(SELF)) {
                String version = version(
                        URI.create(text.substring(0, text.length() - SELF.length()) + "META-INF/MANIFEST.MF").toURL());
                if (version != null) {
                    return version;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // fall through to the search: a class loader whose resources do not sit beside the manifest
        }
        try {
            Enumeration<URL> resources = AttestVersion.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (resources.hasMoreElements()) {
                String version = version(resources.nextElement());
                if (version != null) {
                    return version;
                }
            }
        } catch (IOException e) {
            // fall through: the version is informative only
        }
        return "unknown";
    }

    // the Bundle-Version of the manifest at url when it is the command-line bundle's, else null (also when unreadable)
    private static String version(URL url) {
        try (InputStream in = url.openStream()) {
            var attributes = new Manifest(in).getMainAttributes();
            String name = attributes.getValue("Bundle-SymbolicName");
            return name != null && name.startsWith("org.attest.cli") ? attributes.getValue("Bundle-Version") : null;
        } catch (IOException e) {
            return null;
        }
    }
}

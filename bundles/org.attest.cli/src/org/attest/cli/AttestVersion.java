package org.attest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.jar.Manifest;

import picocli.CommandLine.IVersionProvider;

/** Reports the Attest version from this bundle's manifest, inside or outside OSGi. */
public final class AttestVersion implements IVersionProvider {

    /** Returns the version lines printed by {@code attest --version}. */
    @Override
    public String[] getVersion() {
        return new String[]{"Attest " + current(),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }

    /** Returns the Bundle-Version of the command-line bundle, or {@code unknown} when it has none. */
    public static String current() {
        try {
            var resources = AttestVersion.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (resources.hasMoreElements()) {
                URL url = resources.nextElement();
                try (InputStream in = url.openStream()) {
                    var attributes = new Manifest(in).getMainAttributes();
                    String name = attributes.getValue("Bundle-SymbolicName");
                    if (name != null && name.startsWith("org.attest.cli")) {
                        return attributes.getValue("Bundle-Version");
                    }
                }
            }
        } catch (IOException e) {
            // fall through: the version is informative only
        }
        return "unknown";
    }
}

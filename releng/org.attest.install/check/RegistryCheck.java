import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.adaptor.EclipseStarter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Starts an installed Eclipse without its application and compares Attest's contributions in its extension registry
 * with what the installed Attest bundles declare in their plugin.xml; run as a source file by install-check.sh.
 */
public final class RegistryCheck {

    /** The extension points whose Attest contributions the check looks for. */
    private static final List<String> POINTS = List.of("org.eclipse.ui.perspectives", "org.eclipse.ui.views",
            "org.eclipse.ui.editors", "org.eclipse.ui.preferencePages", "org.eclipse.core.runtime.applications");

    private RegistryCheck() {
    }

    /**
     * Checks the Eclipse installed in args[0]: with args[1] {@code present}, every contribution an Attest bundle
     * declares must be registered and each kind present; with {@code absent}, no Attest bundle or contribution may be.
     */
    public static void main(String[] args) throws Exception {
        File install = new File(args[0]).getCanonicalFile();
        boolean present = "present".equals(args[1]);
        Map<String, String> properties = new HashMap<>();
        properties.put("osgi.install.area", install.toURI().toString());
        properties.put("osgi.configuration.area", new File(install, "configuration").toURI().toString());
        properties.put("osgi.instance.area", "@none");
        properties.put("eclipse.ignoreApp", "true");
        properties.put("osgi.noShutdown", "true");
        properties.put("osgi.clean", "true");
        EclipseStarter.setInitialProperties(properties);
        BundleContext context = EclipseStarter.startup(new String[0], null);
        int problems;
        try {
            problems = check(context, present);
        } finally {
            EclipseStarter.shutdown();
        }
        System.exit(problems == 0 ? 0 : 1);
    }

    private static int check(BundleContext context, boolean present) throws Exception {
        Set<String> declared = new TreeSet<>();
        int problems = 0;
        for (Bundle bundle : context.getBundles()) {
            if (!bundle.getSymbolicName().startsWith("org.attest.")) {
                continue;
            }
            if (!present) {
                System.out.println("registry check FAILED: Attest bundle still installed: " + bundle.getSymbolicName());
                problems++;
            } else if (bundle.getState() == Bundle.INSTALLED) {
                System.out.println("registry check FAILED: " + bundle.getSymbolicName() + " is installed but does not"
                        + " resolve (a bundle or package it needs is missing from this Eclipse)");
                problems++;
            }
            declared.addAll(declaredBy(bundle));
        }
        Set<String> registered = registered(context);
        for (String contribution : registered) {
            System.out.println("registered " + contribution);
        }
        if (present) {
            for (String contribution : declared) {
                if (!registered.contains(contribution)) {
                    System.out.println("registry check FAILED: declared but not registered: " + contribution);
                    problems++;
                }
            }
            for (String point : POINTS) {
                if (registered.stream().noneMatch(c -> c.startsWith(point + " "))) {
                    System.out.println("registry check FAILED: Attest contributes nothing to " + point);
                    problems++;
                }
            }
        } else if (!registered.isEmpty()) {
            System.out.println(
                    "registry check FAILED: " + registered.size() + " Attest contribution(s) still registered");
            problems++;
        }
        System.out.println("registry check: " + registered.size() + " Attest contribution(s) registered, "
                + declared.size() + " declared by installed Attest bundles, " + problems + " problem(s)");
        return problems;
    }

    /** Returns "point bundle id" for each element with an id (or each extension) the bundle's plugin.xml declares. */
    private static Set<String> declaredBy(Bundle bundle) throws Exception {
        Set<String> declared = new TreeSet<>();
        URL pluginXml = bundle.getEntry("plugin.xml");
        if (pluginXml == null) {
            return declared;
        }
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = pluginXml.openStream()) {
            NodeList extensions = factory.newDocumentBuilder().parse(in).getElementsByTagName("extension");
            for (int i = 0; i < extensions.getLength(); i++) {
                Element extension = (Element) extensions.item(i);
                String point = extension.getAttribute("point");
                if (!POINTS.contains(point)) {
                    continue;
                }
                for (String id : ids(point, extension.getAttribute("id"), extension.getChildNodes())) {
                    declared.add(point + " " + bundle.getSymbolicName() + " " + qualified(bundle, point, id));
                }
            }
        }
        return declared;
    }

    private static List<String> ids(String point, String extensionId, NodeList children) {
        List<String> ids = new ArrayList<>();
        if (point.endsWith(".applications")) {
            ids.add(extensionId);
            return ids;
        }
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && !element.getAttribute("id").isEmpty()) {
                ids.add(element.getAttribute("id"));
            }
        }
        return ids;
    }

    private static String qualified(Bundle bundle, String point, String id) {
        // an application's id is its extension's, which the registry qualifies with the bundle's name
        return point.endsWith(".applications") && !id.contains(".") ? bundle.getSymbolicName() + "." + id : id;
    }

    /** Returns "point contributor id" for each Attest contribution the running extension registry holds. */
    private static Set<String> registered(BundleContext context) throws Exception {
        for (Bundle bundle : context.getBundles()) {
            if ("org.eclipse.equinox.registry".equals(bundle.getSymbolicName())) {
                bundle.start();
            }
        }
        ServiceReference<?> reference = context.getServiceReference("org.eclipse.core.runtime.IExtensionRegistry");
        if (reference == null) {
            throw new IllegalStateException("the installed Eclipse registers no extension registry");
        }
        Object registry = context.getService(reference);
        Bundle api = reference.getBundle();
        Method getPoint = api.loadClass("org.eclipse.core.runtime.IExtensionRegistry").getMethod("getExtensionPoint",
                String.class);
        Class<?> extensionType = api.loadClass("org.eclipse.core.runtime.IExtension");
        Method contributor = extensionType.getMethod("getContributor");
        Method name = api.loadClass("org.eclipse.core.runtime.IContributor").getMethod("getName");
        Method extensionId = extensionType.getMethod("getUniqueIdentifier");
        Method elements = extensionType.getMethod("getConfigurationElements");
        Method extensionsOf = api.loadClass("org.eclipse.core.runtime.IExtensionPoint").getMethod("getExtensions");
        Method attribute = api.loadClass("org.eclipse.core.runtime.IConfigurationElement").getMethod("getAttribute",
                String.class);
        Set<String> registered = new TreeSet<>();
        for (String point : POINTS) {
            Object extensionPoint = getPoint.invoke(registry, point);
            if (extensionPoint == null) {
                System.out.println("registry check: no extension point " + point + " in this Eclipse");
                continue;
            }
            for (Object extension : (Object[]) extensionsOf.invoke(extensionPoint)) {
                String by = (String) name.invoke(contributor.invoke(extension));
                if (!by.startsWith("org.attest.")) {
                    continue;
                }
                if (point.endsWith(".applications")) {
                    registered.add(point + " " + by + " " + extensionId.invoke(extension));
                    continue;
                }
                for (Object element : (Object[]) elements.invoke(extension)) {
                    Object id = attribute.invoke(element, "id");
                    if (id != null) {
                        registered.add(point + " " + by + " " + id);
                    }
                }
            }
        }
        return registered;
    }
}

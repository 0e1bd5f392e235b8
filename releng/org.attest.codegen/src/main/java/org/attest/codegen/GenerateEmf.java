package org.attest.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/** Generates the model code with EMF's standalone generator and checks (or rewrites) the committed src-gen. */
public final class GenerateEmf {

    private GenerateEmf() {
    }

    /** Arguments: genmodel file, scratch folder, committed src-gen folder, "true" to rewrite src-gen. */
    public static void main(String[] args) throws IOException {
        Path genmodel = Path.of(args[0]).toAbsolutePath().normalize();
        Path scratch = Path.of(args[1]).toAbsolutePath().normalize();
        Path committed = Path.of(args[2]).toAbsolutePath().normalize();
        boolean write = Boolean.parseBoolean(args[3]);
        deleteTree(scratch);
        Files.createDirectories(scratch);
        generate(genmodel, scratch);
        Path fresh = scratch.resolve("src-gen");
        if (write) {
            deleteTree(committed);
            copyTree(fresh, committed);
            System.out.println("EMF: rewrote " + committed);
            return;
        }
        List<String> differences = compare(fresh, committed);
        if (!differences.isEmpty()) {
            System.err.println("EMF: the committed generated code is out of date with " + genmodel.getFileName() + ":");
            differences.forEach(d -> System.err.println("  " + d));
            System.err.println(
                    "Regenerate it with: ./mvnw -f releng/org.attest.codegen/pom.xml process-classes -Dattest.emf.write=true");
            System.exit(1);
        }
        System.out.println("EMF: src-gen is up to date with " + genmodel.getFileName());
    }

    private static void generate(Path genmodelFile, Path out) {
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        URI project = URI.createPlatformResourceURI("/org.attest.model/", true);
        URI target = URI.createFileURI(out.toString() + "/");
        URIConverter.URI_MAP.put(project, target);
        rs.getURIConverter().getURIMap().put(project, target);

        GenModel gm = (GenModel) rs.getResource(URI.createFileURI(genmodelFile.toString()), true).getContents().get(0);
        gm.reconcile();
        gm.setCanGenerate(true);
        Diagnostic diagnostic = gm.diagnose();
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("The genmodel is invalid: " + diagnostic);
        }
        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(gm);
        Diagnostic result = generator.generate(gm, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("EMF generation failed: " + result);
        }
    }

    private static List<String> compare(Path fresh, Path committed) throws IOException {
        TreeSet<Path> all = new TreeSet<>();
        all.addAll(relativeFiles(fresh));
        all.addAll(relativeFiles(committed));
        List<String> differences = new ArrayList<>();
        for (Path relative : all) {
            Path a = fresh.resolve(relative);
            Path b = committed.resolve(relative);
            if (!Files.exists(b)) {
                differences.add("missing: " + relative);
            } else if (!Files.exists(a)) {
                differences.add("not generated (stale file): " + relative);
            } else if (Files.mismatch(a, b) != -1) {
                differences.add("differs: " + relative);
            }
        }
        return differences;
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (Path relative : relativeFiles(from)) {
            Path target = to.resolve(relative);
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(relative), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted((x, y) -> y.getNameCount() - x.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

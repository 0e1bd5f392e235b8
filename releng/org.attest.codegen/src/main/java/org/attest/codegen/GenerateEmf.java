package org.attest.codegen;

import java.io.IOException;
import java.nio.file.Path;

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
        CommittedTree.regenerate("EMF", scratch -> {
            generate(genmodel, scratch);
            return scratch.resolve("src-gen");
        }, Path.of(args[1]).toAbsolutePath().normalize(), Path.of(args[2]).toAbsolutePath().normalize(),
                Boolean.parseBoolean(args[3]), genmodel.getFileName().toString(),
                "./mvnw -f releng/org.attest.codegen/pom.xml process-classes -Dattest.emf.write=true");
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
}

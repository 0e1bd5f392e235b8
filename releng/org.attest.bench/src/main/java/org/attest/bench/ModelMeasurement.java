package org.attest.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import org.attest.model.Corpus;
import org.attest.model.CorpusPackage;
import org.attest.model.persist.CorpusModelFormat;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Corpus model save and load: {@link CorpusModelFormat}'s diff-friendly XMI against EMF's compact binary resource of
 * the same model, both to and from memory so that only the formats differ.
 */
final class ModelMeasurement implements Measurement {

    @Override
    public String name() {
        return "model";
    }

    @Override
    public List<Result> measure(Workload w) throws Exception {
        Corpus corpus = w.store().corpus();
        Resource binary = binaryResource();
        binary.getContents().add(EcoreUtil.copy(corpus));
        int rounds = Math.max(3, Math.min(15, 15_000 / w.size()));
        byte[] xmi = CorpusModelFormat.write(corpus);
        byte[] bin = saveBinary(binary);
        for (int i = 0; i < 3; i++) {
            CorpusModelFormat.read(CorpusModelFormat.write(corpus), "warm-up");
            loadBinary(saveBinary(binary));
        }
        Timings xmiSave = new Timings();
        Timings binSave = new Timings();
        Timings xmiLoad = new Timings();
        Timings binLoad = new Timings();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            CorpusModelFormat.write(corpus);
            xmiSave.add(System.nanoTime() - start);
            start = System.nanoTime();
            saveBinary(binary);
            binSave.add(System.nanoTime() - start);
            start = System.nanoTime();
            Corpus read = CorpusModelFormat.read(xmi, "bench");
            xmiLoad.add(System.nanoTime() - start);
            start = System.nanoTime();
            Resource loaded = loadBinary(bin);
            binLoad.add(System.nanoTime() - start);
            check(read, loaded, w.size());
        }
        String sizes = String.format(Locale.ROOT, "median of %d; XMI %.1f KB vs binary %.1f KB", rounds,
                xmi.length / 1024.0,
                bin.length / 1024.0);
        return List.of(
                new Result("corpus model save", w.size(), "ms", xmiSave.percentileMillis(50),
                        binSave.percentileMillis(50),
                        Double.NaN, sizes),
                new Result("corpus model load", w.size(), "ms", xmiLoad.percentileMillis(50),
                        binLoad.percentileMillis(50),
                        Double.NaN, "median of " + rounds));
    }

    private static void check(Corpus read, Resource loaded, int docs) {
        Corpus other = (Corpus) loaded.getContents().get(0);
        if (read.getDocuments().size() != docs || other.getDocuments().size() != docs) {
            throw new IllegalStateException("a loaded model lost documents: " + read.getDocuments().size() + " and "
                    + other.getDocuments().size() + " of " + docs);
        }
    }

    private static Resource binaryResource() {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(CorpusPackage.eNS_URI, CorpusPackage.eINSTANCE);
        Resource resource = new BinaryResourceImpl(URI.createURI("bench:/corpus.bin"));
        set.getResources().add(resource);
        return resource;
    }

    private static byte[] saveBinary(Resource resource) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        resource.save(out, null);
        return out.toByteArray();
    }

    private static Resource loadBinary(byte[] bytes) throws java.io.IOException {
        Resource resource = binaryResource();
        resource.load(new ByteArrayInputStream(bytes), null);
        return resource;
    }
}

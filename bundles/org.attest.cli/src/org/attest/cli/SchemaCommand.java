package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.attest.core.schema.SchemaService;
import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.Tagset;
import org.attest.model.persist.CorpusModelFormat;
import org.attest.model.schema.Schemas;
import org.attest.store.CorpusStore;
import org.attest.store.fs.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest schema DIR}: prints the annotation schema (layers, features, tagsets, colours and hot keys). */
@Command(name = "schema", mixinStandardHelpOptions = true, description = {
        "Print the corpus's annotation schema: layers, features, tagsets, colours and hot keys.",
        "--export FILE writes it as XMI to edit; --apply FILE installs an edited schema, refusing any change that",
        "would orphan existing annotations (the refused annotations are listed)."})
public final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    private Path dir;

    @Option(names = "--export", paramLabel = "FILE", description = "Write the schema to FILE (XMI) for editing.")
    private Path export;

    @Option(names = "--apply", paramLabel = "FILE", description = "Replace the schema by the one in FILE (XMI), if no annotation would be orphaned.")
    private Path apply;

    /** Prints the schema. */
    @Override
    public Integer call() throws Exception {
        if (apply != null) {
            Schema next = CorpusModelFormat.readSchema(readInput(apply), apply.toString());
            try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.WRITE, "attest schema --apply")) {
                new SchemaService(store).apply(next);
                spec.commandLine().getOut().printf("Installed schema '%s' version %d from %s.%n", next.getName(),
                        next.getVersion(), apply);
            }
            return Cli.OK;
        }
        Schema schema;
        try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.READ, "attest schema")) {
            schema = store.corpus().getSchema();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (export != null) {
            AtomicFiles.write(export, CorpusModelFormat.writeSchema(schema));
            out.printf("Wrote schema '%s' version %d to %s; edit it and install it with: attest schema %s --apply %s%n",
                    schema.getName(),
                    schema.getVersion(), export, dir, export);
            return Cli.OK;
        }
        out.printf("Schema '%s' version %d%n%n", schema.getName(), schema.getVersion());
        for (Layer layer : schema.getLayers()) {
            String kind = layer instanceof RelationLayer r
                    ? "relation " + r.getFromLayer().getName() + " -> " + r.getToLayer().getName()
                    : "span";
            out.printf("%s (%s, UIMA type %s)%n", layer.getName(), kind, Schemas.typeName(layer));
            out.printf("  %s%n", layer.getDescription());
            for (FeatureDefinition f : layer.getFeatures()) {
                String range = f.getTagset() != null
                        ? " [" + f.getTagset().getName() + "]"
                        : f.getTargetLayer() != null ? " -> " + f.getTargetLayer().getName() : "";
                out.printf("  - %-10s %-13s%s%s%n", f.getName(), f.getKind().getLiteral(), range,
                        f == layer.getLabelFeature() ? "  (label)" : "");
            }
        }
        out.println();
        for (Tagset tagset : schema.getTagsets()) {
            out.printf("%s: %s%n", tagset.getName(),
                    tagset.getTags().stream().map(SchemaText::tag).collect(Collectors.joining(", ")));
        }
        return Cli.OK;
    }

    private static byte[] readInput(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read the schema file " + file + ": " + e.getMessage(), e);
        }
    }
}

package org.attest.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns sections of the README (the walkthrough, working as a team, the command-line reference) into the Eclipse help
 * pages and table of contents of {@code org.attest.app}, and checks (or rewrites) the committed copy.
 */
public final class GenerateHelp {

    /** The README's sections that become help pages: heading start, page file. */
    private static final Map<String, String> PAGES = new java.util.LinkedHashMap<>();

    static {
        PAGES.put("## Walkthrough", "walkthrough.html");
        PAGES.put("## Working as a team", "team.html");
        PAGES.put("## Command line reference", "reference.html");
    }

    private static final String GENERATED = "Generated from README.md by releng/org.attest.codegen (GenerateHelp);"
            + " do not edit: edit the README";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private GenerateHelp() {
    }

    /** Arguments: README.md, scratch folder, committed help folder, "true" to rewrite the committed folder. */
    public static void main(String[] args) throws IOException {
        String readme = Files.readString(Path.of(args[0]));
        Path committed = Path.of(args[2]).toAbsolutePath().normalize();
        CommittedTree.regenerate("Help", scratch -> {
            generate(readme, scratch, committed.getFileName().toString());
            return scratch;
        }, Path.of(args[1]).toAbsolutePath().normalize(), committed, Boolean.parseBoolean(args[3]), "README.md",
                "./mvnw -f releng/org.attest.codegen/pom.xml process-classes -Dattest.help.write=true");
    }

    /** Writes one page per section of {@code readme} and {@code toc.xml} into {@code out}. */
    static void generate(String readme, Path out, String folder) throws IOException {
        Parser parser = Parser.builder().extensions(EXTENSIONS).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Heading heading) {
                        attributes.put("id", slug(text(heading)));
                    }
                }).build();
        StringBuilder toc = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<?NLS TYPE=\"org.eclipse.help.toc\"?>\n<!-- ").append(GENERATED).append(" -->\n")
                .append("<toc label=\"Attest Guide\" topic=\"").append(folder).append("/walkthrough.html\">\n");
        for (var page : PAGES.entrySet()) {
            String markdown = section(readme, page.getKey());
            Node document = parser.parse(markdown);
            document.accept(new ImagesAsCaptions());
            Heading title = (Heading) document.getFirstChild();
            String href = folder + "/" + page.getValue();
            toc.append("  <topic label=\"").append(xml(text(title))).append("\" href=\"").append(href).append("\">\n");
            for (Node n = title.getNext(); n != null; n = n.getNext()) {
                if (n instanceof Heading sub && sub.getLevel() == 3) {
                    toc.append("    <topic label=\"").append(xml(text(sub))).append("\" href=\"").append(href)
                            .append('#').append(slug(text(sub))).append("\"/>\n");
                }
            }
            toc.append("  </topic>\n");
            String html = "<!DOCTYPE html>\n<!-- " + GENERATED + " -->\n<html lang=\"en\">\n<head>\n"
                    + "<meta charset=\"UTF-8\">\n<title>" + xml(text(title)) + "</title>\n"
                    + "<link rel=\"stylesheet\" href=\"guide.css\">\n</head>\n<body>\n" + renderer.render(document)
                    + "</body>\n</html>\n";
            Files.writeString(out.resolve(page.getValue()), html, StandardCharsets.UTF_8);
        }
        toc.append("</toc>\n");
        Files.writeString(out.resolve("guide.css"), "/* " + GENERATED + " */\n"
                + "body { font-family: sans-serif; max-width: 60em; margin: 1em auto; padding: 0 1em; line-height: 1.45; }\n"
                + "table { border-collapse: collapse; }\n"
                + "th, td { border: 1px solid #ccc; padding: 0.2em 0.4em; vertical-align: top; }\n"
                + "code, pre { background: #f4f4f4; }\npre { padding: 0.5em; overflow: auto; }\n",
                StandardCharsets.UTF_8);
        Files.writeString(out.resolve("toc.xml"), toc.toString(), StandardCharsets.UTF_8);
    }

    /** Returns the README's section whose heading starts with {@code start}, up to the next level-2 heading. */
    static String section(String readme, String start) {
        List<String> lines = new ArrayList<>();
        boolean inside = false;
        boolean fenced = false;
        for (String line : readme.lines().toList()) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            if (!fenced && line.startsWith("## ")) {
                if (inside) {
                    break;
                }
                inside = line.startsWith(start);
            }
            if (inside) {
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException("README.md has no section '" + start
                    + "'; the help pages need it (or change GenerateHelp.PAGES)");
        }
        return String.join("\n", lines) + "\n";
    }

    /** Returns the anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    private static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {

            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }
        });
        return sb.toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Replaces the README's screenshots, which stay in docs/, by their descriptions in italics. */
    private static final class ImagesAsCaptions extends AbstractVisitor {

        @Override
        public void visit(Image image) {
            Emphasis caption = new Emphasis();
            caption.appendChild(new Text("Picture: " + text(image)));
            image.insertBefore(caption);
            image.unlink();
        }
    }
}

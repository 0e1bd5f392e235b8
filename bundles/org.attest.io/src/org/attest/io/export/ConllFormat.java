package org.attest.io.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CoNLL-2003 in its four columns (token, POS, chunk, NER tag; {@code _} where Attest has no value), Entity labels as
 * IOB2 or BIOES tags, {@code -DOCSTART- -X- -X- O} and a blank line before each document, a blank line after each
 * sentence.
 */
public final class ConllFormat implements ExportFormat {

    /** The format name for IOB2 tags. */
    public static final String IOB2 = "conll";

    /** The format name for BIOES tags. */
    public static final String BIOES = "conll-bioes";

    private final boolean bioes;

    /** Creates the format with IOB2 tags, or BIOES tags when {@code bioes} is set. */
    public ConllFormat(boolean bioes) {
        this.bioes = bioes;
    }

    @Override
    public String name() {
        return bioes ? BIOES : IOB2;
    }

    /** Writes {@code baseName.conll}. */
    @Override
    public void write(List<ExportDocument> docs, Path outDir, String baseName, ExportReport report) throws IOException {
        Path file = outDir.resolve(baseName + ".conll");
        TokenTagger tagger = new TokenTagger(bioes);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            for (ExportDocument doc : docs) {
                out.write("-DOCSTART- -X- -X- O\n\n");
                for (List<TokenTagger.Tagged> sentence : tagger.tag(doc, name(), report)) {
                    for (TokenTagger.Tagged token : sentence) {
                        out.write(column(token.text()));
                        out.write(" _ _ ");
                        out.write(token.tag());
                        out.write('\n');
                    }
                    out.write('\n');
                }
                report.document();
            }
        }
        report.file(file);
    }

    /** Returns the token as one column: whitespace inside it (never made by Attest's tokenizer) becomes {@code _}. */
    static String column(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isWhitespace(token.charAt(i))) {
                return token.replaceAll("\\s", "_");
            }
        }
        return token;
    }
}

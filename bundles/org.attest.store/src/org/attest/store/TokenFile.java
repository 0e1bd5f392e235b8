package org.attest.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.attest.cas.Segmentation;
import org.attest.cas.Segmentation.Span;

/**
 * The format of {@code documents/<id>/tokens.txt}, the sentences and tokens a document's source fixed: a header naming
 * the SHA-256 of the text they segment and of the lines that follow, then one line per sentence,
 * {@code begin-end: begin-end begin-end ...}, its offsets followed by those of its tokens, and a last line
 * {@code -: ...} for tokens outside every sentence.
 */
public final class TokenFile {

    /** The file's name in a document's folder. */
    public static final String NAME = "tokens.txt";

    private static final String MAGIC = "# Attest tokens, format 1";
    private static final String TEXT_SHA = "text-sha256 ";
    private static final String LINES_SHA = "lines-sha256 ";
    private static final String OUTSIDE = "-";

    private TokenFile() {
    }

    /** Returns the content of the file holding {@code segmentation} of the text whose SHA-256 is {@code textSha}. */
    public static byte[] encode(Segmentation segmentation, String textSha) {
        StringBuilder lines = new StringBuilder();
        List<Span> tokens = segmentation.tokens();
        List<Span> outside = new ArrayList<>();
        int next = 0;
        for (Span sentence : segmentation.sentences()) {
            while (next < tokens.size() && tokens.get(next).begin() < sentence.begin()) {
                outside.add(tokens.get(next++));
            }
            lines.append(span(sentence)).append(':');
            while (next < tokens.size() && tokens.get(next).end() <= sentence.end()
                    && tokens.get(next).begin() >= sentence.begin()) {
                lines.append(' ').append(span(tokens.get(next++)));
            }
            lines.append('\n');
        }
        outside.addAll(tokens.subList(next, tokens.size()));
        if (!outside.isEmpty()) {
            lines.append(OUTSIDE).append(':');
            outside.forEach(t -> lines.append(' ').append(span(t)));
            lines.append('\n');
        }
        byte[] body = lines.toString().getBytes(StandardCharsets.US_ASCII);
        String header = MAGIC + "; " + TEXT_SHA + textSha + "; " + LINES_SHA + Hashes.sha256(body) + "\n";
        byte[] head = header.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    /**
     * Reads the segmentation in {@code bytes}, the content of {@code file}, refusing a file written for another text
     * than the one whose SHA-256 is {@code textSha} and {@code textLength} characters long, or changed since.
     */
    public static Segmentation decode(Path file, byte[] bytes, String textSha, int textLength)
            throws CorpusException {
        String content = new String(bytes, StandardCharsets.UTF_8);
        int firstBreak = content.indexOf('\n');
        String header = firstBreak < 0 ? content : content.substring(0, firstBreak);
        String[] parts = header.split("; ");
        if (parts.length != 3 || !parts[0].equals(MAGIC) || !parts[1].startsWith(TEXT_SHA)
                || !parts[2].startsWith(LINES_SHA)) {
            throw problem(file, "does not begin with the header '" + MAGIC + "; " + TEXT_SHA + "...; " + LINES_SHA
                    + "...'; it is not a token file Attest wrote");
        }
        if (!parts[1].substring(TEXT_SHA.length()).equalsIgnoreCase(textSha)) {
            throw problem(file, "was written for another text (SHA-256 " + parts[1].substring(TEXT_SHA.length())
                    + ", this document's is " + textSha + "); it does not belong to this document");
        }
        String body = content.substring(firstBreak + 1);
        String actual = Hashes.sha256(body.getBytes(StandardCharsets.UTF_8));
        if (!actual.equalsIgnoreCase(parts[2].substring(LINES_SHA.length()))) {
            throw problem(file, "was changed after import (the SHA-256 of its lines is " + actual + ", its header says "
                    + parts[2].substring(LINES_SHA.length()) + ")");
        }
        List<Span> sentences = new ArrayList<>();
        List<Span> tokens = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                line(file, i + 2, lines[i], sentences, tokens);
            }
        }
        tokens.sort(Comparator.comparingInt(Span::begin).thenComparingInt(Span::end));
        try {
            Segmentation segmentation = new Segmentation(sentences, tokens);
            segmentation.checkWithin(textLength);
            return segmentation;
        } catch (IllegalArgumentException e) {
            throw problem(file, "is inconsistent: " + e.getMessage());
        }
    }

    private static void line(Path file, int number, String line, List<Span> sentences, List<Span> tokens)
            throws CorpusException {
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw problem(file, "line " + number + " has no ':' after the sentence's offsets");
        }
        String head = line.substring(0, colon);
        if (!head.equals(OUTSIDE)) {
            sentences.add(parse(file, number, head));
        }
        for (String token : line.substring(colon + 1).trim().split(" +")) {
            if (!token.isEmpty()) {
                tokens.add(parse(file, number, token));
            }
        }
    }

    private static Span parse(Path file, int number, String span) throws CorpusException {
        int dash = span.indexOf('-');
        try {
            return new Span(Integer.parseInt(span.substring(0, dash)), Integer.parseInt(span.substring(dash + 1)));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw problem(file, "line " + number + " holds '" + span + "', which is not begin-end offsets");
        }
    }

    private static String span(Span span) {
        return span.begin() + "-" + span.end();
    }

    private static CorpusException problem(Path file, String what) {
        return new CorpusException(file + " " + what
                + "; restore it from a backup or version control, or delete it to have the text segmented again");
    }
}

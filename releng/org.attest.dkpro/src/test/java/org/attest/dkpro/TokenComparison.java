package org.attest.dkpro;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares documents token by token, failing at the first difference with the document, the token's index (in the
 * document and in its sentence), the expected and the actual token and their neighbours.
 */
final class TokenComparison {

    private static final int CONTEXT = 3;

    private TokenComparison() {
    }

    /**
     * Fails unless {@code actual} has the documents, sentences and tokens of {@code expected}, in order; {@code what}
     * says what is compared.
     */
    static <T> void assertSameDocuments(String what, List<List<List<T>>> expected, List<List<List<T>>> actual) {
        if (actual.size() != expected.size()) {
            fail(what + ": " + actual.size() + " document(s), expected " + expected.size());
        }
        for (int d = 0; d < expected.size(); d++) {
            assertSameSentences(what + ", document " + (d + 1), expected.get(d), actual.get(d));
        }
    }

    /** Fails unless {@code actual} has the sentences and tokens of {@code expected}, in order. */
    static <T> void assertSameSentences(String what, List<List<T>> expected, List<List<T>> actual) {
        List<T> want = flat(expected);
        List<T> got = flat(actual);
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            T w = i < want.size() ? want.get(i) : null;
            T g = i < got.size() ? got.get(i) : null;
            if (w == null || !w.equals(g)) {
                fail(what + ": token " + i + " (" + position(expected, i) + ") differs: expected "
                        + (w == null ? "no more tokens" : w) + ", actual " + (g == null ? "no more tokens" : g)
                        + "; expected from there: " + around(want, i) + ", actual from there: " + around(got, i));
            }
        }
        List<Integer> wantLengths = expected.stream().map(List::size).toList();
        List<Integer> gotLengths = actual.stream().map(List::size).toList();
        if (!wantLengths.equals(gotLengths)) {
            fail(what + ": the same tokens in other sentences: sentence lengths " + gotLengths + ", expected "
                    + wantLengths);
        }
    }

    private static <T> List<T> flat(List<List<T>> sentences) {
        List<T> all = new ArrayList<>();
        sentences.forEach(all::addAll);
        return all;
    }

    private static <T> String position(List<List<T>> sentences, int index) {
        int left = index;
        for (int s = 0; s < sentences.size(); s++) {
            if (left < sentences.get(s).size()) {
                return "sentence " + (s + 1) + ", token " + (left + 1) + " of it";
            }
            left -= sentences.get(s).size();
        }
        return "after the last sentence";
    }

    private static <T> List<T> around(List<T> tokens, int index) {
        return tokens.subList(Math.min(index, tokens.size()), Math.min(index + CONTEXT, tokens.size()));
    }
}

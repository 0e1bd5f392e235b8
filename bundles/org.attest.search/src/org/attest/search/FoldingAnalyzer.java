package org.attest.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of every text field of the index and of the words of a query: Unicode word breaks, then the registry's
 * folding of case, accents and script (ICU4J's transliteration to Latin, then NFKD without marks). Lucene's ICU
 * folding filter is not used: its normalization data is built for ICU 74, which the platform's ICU 78 refuses.
 */
final class FoldingAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer words = new StandardTokenizer();
        words.setMaxTokenLength(255);
        return new TokenStreamComponents(words, new FoldingFilter(words));
    }

    // values of one field never make a phrase together: "social" ending one source and "media" starting the next
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new FoldingFilter(in);
    }
}

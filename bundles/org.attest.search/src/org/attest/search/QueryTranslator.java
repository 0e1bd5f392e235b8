package org.attest.search;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Reads a query of the search language into a Lucene query: words and phrases go to the text, {@code field:value}
 * to the field after its kind (keywords folded whole, numbers and dates also as ranges, entities by name), with AND,
 * OR, NOT and parentheses; it remembers whether the query names a field of annotations.
 */
final class QueryTranslator extends QueryParser {

    // value:>100, value:>=100, value:<100, value:<=100 are ranges open at one end
    private static final Pattern COMPARISON = Pattern.compile("(\\w+):(>=|<=|>|<)([^\\s()]+)");

    private final SearchFields fields;
    private final Function<String, Set<String>> entities;
    private final UnaryOperator<Query> documents;
    private final Set<String> named = new HashSet<>();

    /**
     * Creates a translator for {@code fields}; {@code entities} returns the ids of the registry entities a name or
     * alias names, {@code documents} turns a query on a document's title, outlet, date or gold into one on its
     * passages and annotations.
     */
    QueryTranslator(SearchFields fields, Function<String, Set<String>> entities, UnaryOperator<Query> documents) {
        super(SearchFields.TEXT, new FoldingAnalyzer());
        this.fields = fields;
        this.entities = entities;
        this.documents = documents;
        setDefaultOperator(AND_OPERATOR);
        setAllowLeadingWildcard(false);
        setSplitOnWhitespace(true);
    }

    /** Translates {@code query}, naming what is wrong and where when it cannot. */
    Query translate(String query) throws QueryException {
        if (query == null || query.isBlank()) {
            throw new QueryException(query, 0, "the query is empty; give words, a phrase in quotes or field:value");
        }
        named.clear();
        try {
            return parse(comparisons(query));
        } catch (ParseException e) {
            throw problem(query, e);
        }
    }

    /** Returns whether the last query translated names a field of annotations (layer, label, a feature...). */
    boolean namesAnnotations() {
        return named.stream().anyMatch(fields::ofAnnotations);
    }

    /** Returns whether the last query translated looks for words of the text. */
    boolean namesText() {
        return named.contains(SearchFields.TEXT);
    }

    private static String comparisons(String query) {
        Matcher m = COMPARISON.matcher(query);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(3);
            String range = switch (m.group(2)) {
                case ">" -> "{" + value + " TO *]";
                case ">=" -> "[" + value + " TO *]";
                case "<" -> "[* TO " + value + "}";
                default -> "[* TO " + value + "]";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + ":" + range));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static QueryException problem(String query, ParseException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof FieldProblem p) {
            int at = query.toLowerCase(java.util.Locale.ROOT).indexOf(p.field + ":");
            return new QueryException(query, at + 1, p.getMessage());
        }
        if (cause instanceof ParseException p && p.currentToken != null && p.currentToken.next != null) {
            String found = p.currentToken.next.image;
            return new QueryException(query, p.currentToken.next.beginColumn, found == null || found.isEmpty()
                    ? "the query ends too early: a field, AND, OR or NOT needs a term after it"
                    : "'" + found + "' cannot stand there; words, \"phrases\", field:value, AND, OR, NOT and"
                            + " parentheses can");
        }
        String message = String.valueOf(cause.getMessage());
        Matcher column = Pattern.compile("column (\\d+)").matcher(message);
        String problem = message.contains("<EOF>")
                ? "a quote or a bracket is not closed"
                : message.replaceFirst("^Cannot parse '.*?': ", "");
        return new QueryException(query, column.find() ? Integer.parseInt(column.group(1)) : 0, problem);
    }

    /** A value or field that does not fit, named by its field so the message can point at it. */
    private static final class FieldProblem extends ParseException {

        private static final long serialVersionUID = 1L;

        private final String field;

        FieldProblem(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (!quoted && SearchFields.TEXT.equals(field) && SearchFields.DISAGREEMENT.equalsIgnoreCase(queryText)) {
            // the bare word names the positions where the annotators differ; "disagreement" in quotes is a word
            return getFieldQuery(SearchFields.DISAGREEMENT, "yes", true);
        }
        SearchFields.Kind kind = kind(field);
        if (SearchFields.LAYER.equals(field) && !fields.hasLayer(queryText)) {
            throw new FieldProblem(field, "the schema has no layer '" + queryText + "'; its layers are "
                    + String.join(", ", fields.layers()));
        }
        return switch (kind) {
            case KEYWORD -> ofDocuments(field, new TermQuery(new Term(field, Values.keyword(queryText))));
            case WORDS -> ofDocuments(field, orNothing(super.getFieldQuery(field, queryText, quoted)));
            case NUMBER -> DoublePoint.newExactQuery(field, number(field, queryText));
            case DATE -> ofDocuments(field, LongPoint.newExactQuery(field, day(field, queryText)));
            case ENTITY -> entity(queryText);
        };
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        return kind(field) == SearchFields.Kind.WORDS
                ? ofDocuments(field, orNothing(super.getFieldQuery(field, queryText, slop)))
                : getFieldQuery(field, queryText, true);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
            boolean endInclusive) throws ParseException {
        SearchFields.Kind kind = kind(field);
        if (kind == SearchFields.Kind.NUMBER) {
            double low = part1 == null ? Double.NEGATIVE_INFINITY : number(field, part1);
            double high = part2 == null ? Double.POSITIVE_INFINITY : number(field, part2);
            low = startInclusive || part1 == null ? low : DoublePoint.nextUp(low);
            high = endInclusive || part2 == null ? high : DoublePoint.nextDown(high);
            return DoublePoint.newRangeQuery(field, low, high);
        }
        if (kind == SearchFields.Kind.DATE) {
            long low = part1 == null ? Long.MIN_VALUE : day(field, part1) + (startInclusive ? 0 : 1);
            long high = part2 == null ? Long.MAX_VALUE : day(field, part2) - (endInclusive ? 0 : 1);
            return ofDocuments(field, LongPoint.newRangeQuery(field, low, high));
        }
        throw new FieldProblem(field, field + ":[... TO ...] needs a field of numbers or dates; " + field
                + " holds " + kind.name().toLowerCase(java.util.Locale.ROOT) + "s");
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        kind(field);
        return ofDocuments(field, super.getPrefixQuery(field, kind(field) == SearchFields.Kind.KEYWORD
                ? Values.keyword(termStr)
                : termStr));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        kind(field);
        return ofDocuments(field, super.getWildcardQuery(field, termStr));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        kind(field);
        return ofDocuments(field, super.getFuzzyQuery(field, termStr, minSimilarity));
    }

    private SearchFields.Kind kind(String field) throws ParseException {
        SearchFields.Kind kind = fields.kind(field);
        if (kind == null) {
            throw new FieldProblem(field, "there is no field '" + field + "'; the fields are "
                    + String.join(", ", fields.names()));
        }
        named.add(field);
        return kind;
    }

    private Query entity(String name) {
        Set<String> ids = entities.apply(name);
        return ids.isEmpty()
                ? new MatchNoDocsQuery("no entity named " + name)
                : new TermInSetQuery(SearchFields.ENTITY, ids.stream().map(BytesRef::new).toList());
    }

    // title, outlet, date and gold are on the document's stamp only
    private Query ofDocuments(String field, Query query) {
        return DocumentJoin.FIELDS.contains(field) && !(query instanceof MatchNoDocsQuery)
                ? documents.apply(query)
                : query;
    }

    private static Query orNothing(Query query) {
        return query == null ? new MatchNoDocsQuery("no words") : query;
    }

    private static double number(String field, String text) throws ParseException {
        try {
            return Double.parseDouble(text.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new FieldProblem(field, field + " holds numbers; '" + text + "' is not one (write 100 or 2.5)");
        }
    }

    private static long day(String field, String text) throws ParseException {
        Long day = Values.day(text);
        if (day == null || text.length() != 10) {
            throw new FieldProblem(field, field + " holds days; '" + text + "' is not one (write 2024-01-31)");
        }
        return day;
    }

    /** Returns a query that matches what {@code query} matches, also when it only excludes (NOT x). */
    static Query positive(Query query) {
        if (query instanceof BooleanQuery b && !b.clauses().isEmpty()
                && b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            all.add(new org.apache.lucene.search.MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
            b.clauses().forEach(all::add);
            return all.build();
        }
        return query;
    }
}

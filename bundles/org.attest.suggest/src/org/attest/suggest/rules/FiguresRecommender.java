package org.attest.suggest.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attest.model.SpanLayer;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.SuggestException;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.api.SuggestionContext;

/**
 * The {@code figures} recommender: numbers with their qualifier ("up to", "at least", "more than", "less than",
 * "about", "between X and Y") and the noun after them as unit, proposed as statistic Claims with {@code value},
 * {@code qualifier}, {@code upper} and {@code unit} filled. Years, dates and bare numbers without a noun are left out.
 * Scores: {@value #QUALIFIED} for a qualified figure, which news writes for a claimed statistic, {@value #BARE} for a
 * bare number before a noun, which is often just a detail.
 */
public final class FiguresRecommender implements Recommender {

    /** The name users choose it by. */
    public static final String NAME = "figures";

    static final double QUALIFIED = 0.8;
    static final double BARE = 0.6;

    private static final String NUMBER = "(?:" + Numbers.DIGITS + ")(?:\\s+(?:" + Numbers.SCALES + ")(?![\\p{L}]))?"
            + "|(?:" + Numbers.WORDS + ")(?![\\p{L}])(?:(?:\\s+|-)(?:(?:and\\s+)?(?:" + Numbers.WORDS
            + "))(?![\\p{L}]))*";
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\p{N}.,])(?:(up to|at least|more than|over"
            + "|less than|fewer than|under|about|around|approximately|nearly|almost|some|between)\\s+)?(" + NUMBER
            + ")(?:(\\s+and\\s+|\\s+to\\s+|\\s*[-–]\\s*)(" + NUMBER + "))?(?:\\s*(%|per ?cent)|\\s+([\\p{L}][\\p{L}"
            + "\\p{M}'’-]*))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Map<String, String> QUALIFIERS = Map.ofEntries(Map.entry("up to", "up to"),
            Map.entry("at least", "at least"), Map.entry("more than", "more than"), Map.entry("over", "more than"),
            Map.entry("less than", "less than"), Map.entry("fewer than", "less than"),
            Map.entry("under", "less than"), Map.entry("about", "about"), Map.entry("around", "about"),
            Map.entry("approximately", "about"), Map.entry("nearly", "about"), Map.entry("almost", "about"),
            Map.entry("some", "about"), Map.entry("between", "between"));

    private static final Set<String> NOT_UNITS = Set.of("of", "and", "or", "the", "a", "an", "in", "on", "at", "to",
            "for", "from", "by", "with", "per", "was", "were", "is", "are", "has", "have", "had", "as", "than", "who",
            "which", "that", "this", "it", "he", "she", "they", "we", "percent", "p.m", "a.m", "am", "pm");

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "statistic claims: numbers with their qualifier, value and unit";
    }

    @Override
    public Set<String> layers() {
        return Set.of(DefaultSchema.CLAIM);
    }

    @Override
    public List<Suggestion> suggest(SuggestionContext context) throws SuggestException {
        SpanLayer layer = SchemaLabels.layer(context.store().corpus().getSchema(), DefaultSchema.CLAIM, NAME);
        String text = context.text();
        List<Suggestion> result = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            Figure figure = read(m, text, context.language());
            if (figure == null) {
                from = m.start(2) < m.end(2) ? m.end(2) : m.end();
                continue;
            }
            from = figure.end;
            result.add(suggestion(layer, figure, text));
        }
        return result;
    }

    private record Figure(int begin, int end, String qualifier, double value, Double upper, String unit) {
    }

    // Returns the figure of the match, or null when it is a year, a date, a time or a number without a noun.
    private static Figure read(Matcher m, String text, String language) {
        String qualifier = m.group(1) == null ? null : QUALIFIERS.get(m.group(1).toLowerCase(Locale.ROOT));
        Double value = value(m.group(2), language);
        if (value == null || followedByDigitSign(text, m.end(2)) || month(lastWordBefore(text, m.start()))) {
            return null;
        }
        Double upper = null;
        int numberEnd = m.end(2);
        String unit = null;
        int end;
        boolean and = m.group(3) != null && m.group(3).strip().equalsIgnoreCase("and");
        if (m.group(4) != null && (!and || "between".equals(qualifier))) {
            upper = value(m.group(4), language);
            numberEnd = m.end(4);
        }
        if (upper == null && "between".equals(qualifier) || upper == null && m.group(4) != null) {
            // "between" without a second number, or a pair that is no range: read the first number alone
            qualifier = "between".equals(qualifier) ? null : qualifier;
            return unitAfter(m.group(1) != null && qualifier != null ? m.start() : m.start(2), m.end(2), qualifier,
                    value, null, text);
        }
        if (upper != null && qualifier == null) {
            qualifier = "between";
        }
        if (m.group(5) != null) {
            unit = "percent";
            end = m.end(5);
        } else if (m.group(6) != null && !NOT_UNITS.contains(m.group(6).toLowerCase(Locale.ROOT))) {
            if (month(m.group(6))) {
                return null;
            }
            unit = m.group(6).toLowerCase(Locale.ROOT);
            end = m.end(6);
        } else {
            end = numberEnd;
        }
        int begin = qualifier != null && m.group(1) != null ? m.start(1) : m.start(2);
        return keep(new Figure(begin, end, qualifier, value, upper, unit), m.group(2));
    }

    private static Figure unitAfter(int begin, int numberEnd, String qualifier, double value, Double upper,
            String text) {
        Matcher word = Pattern.compile("\\G\\s+([\\p{L}][\\p{L}\\p{M}'’-]*)").matcher(text);
        String unit = null;
        int end = numberEnd;
        if (word.find(numberEnd) && !NOT_UNITS.contains(word.group(1).toLowerCase(Locale.ROOT))) {
            if (month(word.group(1))) {
                return null;
            }
            unit = word.group(1).toLowerCase(Locale.ROOT);
            end = word.end(1);
        }
        return keep(new Figure(begin, end, qualifier, value, upper, unit), text.substring(begin, numberEnd));
    }

    // A bare number needs a noun after it, and a year of four digits is never a figure on its own.
    private static Figure keep(Figure f, String written) {
        if (f.qualifier == null && f.unit == null) {
            return null;
        }
        boolean year = written.matches("\\d{4}") && f.value >= 1800 && f.value <= 2100;
        return year && f.qualifier == null ? null : f;
    }

    private static Suggestion suggestion(SpanLayer layer, Figure f, String text) {
        Map<String, Object> features = new LinkedHashMap<>();
        put(layer, features, "value", f.value);
        String qualifier = f.qualifier == null ? "exact" : f.qualifier;
        if (Schemas.feature(layer, "qualifier").isPresent() && tagOf(layer, "qualifier", qualifier)) {
            features.put("qualifier", qualifier);
        }
        put(layer, features, "upper", f.upper);
        put(layer, features, "unit", f.unit);
        String label = SchemaLabels.hasTag(layer, "statistic") ? "statistic" : null;
        return new Suggestion(NAME, layer.getName(), f.begin, f.end, label, features,
                f.qualifier == null ? BARE : QUALIFIED,
                "a figure: " + text.substring(f.begin, f.end).replaceAll("\\s+", " "));
    }

    private static boolean tagOf(SpanLayer layer, String feature, String tag) {
        return Schemas.feature(layer, feature).map(d -> d.getTagset() == null
                || d.getTagset().getTags().stream().anyMatch(t -> t.getName().equals(tag))).orElse(false);
    }

    private static void put(SpanLayer layer, Map<String, Object> features, String name, Object value) {
        if (value != null && Schemas.feature(layer, name).isPresent()) {
            features.put(name, value);
        }
    }

    private static Double value(String number, String language) {
        Matcher digits = Pattern.compile("^(" + Numbers.DIGITS + ")(?:\\s+(\\p{L}+))?$").matcher(number);
        if (digits.matches()) {
            Double v = Numbers.digits(digits.group(1), language);
            return v == null ? null : v * Numbers.scale(digits.group(2));
        }
        return Numbers.words(number);
    }

    private static boolean followedByDigitSign(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == ':' || text.charAt(end) == '/')
                && Character.isDigit(text.charAt(end + 1));
    }

    private static String lastWordBefore(String text, int offset) {
        int end = offset;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return text.substring(begin, end);
    }

    private static boolean month(String word) {
        return word != null && MONTHS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }
}

package dev.valuenetwork.common.validation;

import dev.valuenetwork.common.graphql.PartialDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The value rules that imports and mutations share, mirrored by CHECK constraints in the schema.
 * Each check returns null when the value is acceptable, or a sentence saying what is wrong.
 */
public final class Rules {

    public static final int MAX_SLUG = 80;
    public static final int MAX_KEY = 120;
    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 2000;
    public static final Set<String> UNIT_WORDS = Set.of("person", "subscriber", "language", "company", "percent");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern METRIC = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private Rules() {
    }

    public static String slug(String value, int max) {
        if (value == null || value.isEmpty()) {
            return "is required";
        }
        if (value.length() > max || !SLUG.matcher(value).matches()) {
            return "'" + shorten(value) + "' is not a slug: lowercase letters and digits in words joined by single"
                    + " hyphens, at most " + max + " characters";
        }
        return null;
    }

    public static String required(String value, int max) {
        if (value == null || value.isBlank()) {
            return "is required";
        }
        return optional(value, max);
    }

    public static String optional(String value, int max) {
        return value != null && value.length() > max ? "is longer than " + max + " characters" : null;
    }

    public static String partialDate(String value) {
        return value == null || PartialDate.isValid(value) ? null
                : "'" + shorten(value) + "' is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD";
    }

    /** Since's first day must not be after until's last day. */
    public static String ordered(String since, String until) {
        if (since == null || until == null || !PartialDate.isValid(since) || !PartialDate.isValid(until)) {
            return null;
        }
        return PartialDate.parse(since).start().isAfter(PartialDate.parse(until).end())
                ? "starts (" + since + ") after it ends (" + until + ")" : null;
    }

    public static String currency(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 3 && Currency.getInstance(value).getCurrencyCode().equals(value)) {
                return null;
            }
        } catch (IllegalArgumentException e) {
            // falls through
        }
        return "'" + shorten(value) + "' is not an ISO 4217 currency code such as USD or KRW";
    }

    public static String country(String value) {
        return value == null || COUNTRIES.contains(value) ? null
                : "'" + shorten(value) + "' is not an ISO 3166-1 alpha-2 country code such as KR or US";
    }

    public static String language(String value) {
        return value == null || (value.length() == 2 && LANGUAGES.contains(value)) ? null
                : "'" + shorten(value) + "' is not an ISO 639-1 language code such as ko or en";
    }

    public static String url(String value) {
        if (value == null) {
            return null;
        }
        return (value.startsWith("http://") || value.startsWith("https://")) && value.length() <= 2000 ? null
                : "'" + shorten(value) + "' is not an http(s) URL";
    }

    public static String unit(String value) {
        if (value == null) {
            return "is required";
        }
        return UNIT_WORDS.contains(value) || currency(value) == null ? null
                : "'" + shorten(value) + "' is neither an ISO 4217 currency code nor one of " + UNIT_WORDS;
    }

    public static String metricCode(String value) {
        return value != null && METRIC.matcher(value).matches() ? null : "'" + shorten(value) + "' is not a metric code";
    }

    /** Takes the constants ({@code Kind.values()}) rather than the class: no reflection, native-friendly. */
    public static String oneOf(Enum<?>[] constants, String value) {
        if (value == null) {
            return "is required";
        }
        StringBuilder allowed = new StringBuilder();
        for (Enum<?> constant : constants) {
            if (constant.name().equals(value)) {
                return null;
            }
            allowed.append(allowed.length() == 0 ? "" : ", ").append(constant.name());
        }
        return "'" + shorten(value) + "' is not one of " + allowed;
    }

    private static String shorten(String value) {
        return value == null ? "null" : value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}

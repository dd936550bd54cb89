package dev.valuenetwork.common.graphql;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.CustomScalar;
import io.smallrye.graphql.api.CustomStringScalar;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Pattern;
import org.eclipse.microprofile.graphql.Description;

/**
 * A date known to a year, a month or a day: "2024", "2024-06" or "2024-06-15". It stands for
 * the whole period it names, so "2024" starts on 1 January and ends on 31 December.
 */
@CustomScalar("PartialDate")
@Description("An ISO 8601 date of reduced precision: a year (\"2024\"), a year and month (\"2024-06\") or a day"
        + " (\"2024-06-15\"), as precise as the source allows. It stands for the whole period it names.")
@RegisterForReflection
public final class PartialDate implements CustomStringScalar, Comparable<PartialDate> {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** How much of the date is known. */
    public enum Precision {
        YEAR, MONTH, DAY
    }

    private final String value;
    private final Precision precision;
    private final LocalDate start;
    private final LocalDate end;

    /** Parses a partial date; the scalar's coercion calls this for every argument value. */
    public PartialDate(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidPartialDateException(value);
        }
        try {
            int year = Integer.parseInt(value.substring(0, 4));
            if (year == 0) {
                throw new InvalidPartialDateException(value); // the calendar has no year 0 (1 BC is followed by AD 1)
            }
            if (value.length() == 4) {
                precision = Precision.YEAR;
                start = LocalDate.of(year, 1, 1);
                end = LocalDate.of(year, 12, 31);
            } else if (value.length() == 7) {
                precision = Precision.MONTH;
                YearMonth month = YearMonth.of(year, Integer.parseInt(value.substring(5, 7)));
                start = month.atDay(1);
                end = month.atEndOfMonth();
            } else {
                precision = Precision.DAY;
                start = LocalDate.parse(value);
                end = start;
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new InvalidPartialDateException(value);
        }
        this.value = value;
    }

    public static PartialDate parse(String value) {
        return value == null ? null : new PartialDate(value);
    }

    public static String format(PartialDate date) {
        return date == null ? null : date.value;
    }

    public static boolean isValid(String value) {
        try {
            new PartialDate(value);
            return true;
        } catch (InvalidPartialDateException e) {
            return false;
        }
    }

    public Precision precision() {
        return precision;
    }

    /** The first day of the period. */
    public LocalDate start() {
        return start;
    }

    /** The last day of the period. */
    public LocalDate end() {
        return end;
    }

    @Override
    public String stringValueForSerialization() {
        return value;
    }

    /** Orders by first day, then the more precise date after the less precise one. */
    @Override
    public int compareTo(PartialDate other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : precision.compareTo(other.precision);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartialDate date && date.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

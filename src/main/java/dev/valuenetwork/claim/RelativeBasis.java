package dev.valuenetwork.claim;

import dev.valuenetwork.source.SourceDocument;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RelativeDateBasis")
@Description("What a date a source gives relative to itself counts from, such as \"지난달\" (last month): the claim's date"
        + " is derived from the source's own date, and derived again if that date is corrected.")
public record RelativeBasis(
        @NonNull @Description("The source whose date the claim counts from.") SourceDocument source,
        @Description("A shift in months from the source's month: -1 for \"last month\".") Integer months,
        @Description("A month of the source's year (of the year before, when that month is still to come): 2 for"
                + " \"last February\".") Integer month,
        @Description("The day of that month, when the source gives one.") Integer day) {
}

package dev.valuenetwork.figure;

import dev.valuenetwork.common.graphql.Decimal;
import dev.valuenetwork.common.graphql.Node;
import dev.valuenetwork.common.graphql.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ReportedFigure")
@Description("A number a source reports about a company, an alliance or a product, with the source's qualification.")
public record ReportedFigure(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("The metric code, one of those `metrics` lists, such as \"subscribers\".") String metric,
        @NonNull @Description("The number as reported, exact, as a decimal string.") Decimal value,
        @NonNull @Description("An ISO 4217 currency code for money, or a unit word: person, subscriber, language,"
                + " company, percent.") String unit,
        @NonNull @Description("Exact, about, at least or at most, as the source qualifies it.") Qualifier qualifier,
        @Description("The date or period the number is about; null when the source does not say.") PartialDate asOf,
        @Description("What a reader should know to read the number right.") String note,
        @Ignore long dbId,
        @Ignore Long companyId,
        @Ignore Long allianceId,
        @Ignore Long productId) implements Node {

    public static final String TYPE = "ReportedFigure";
}

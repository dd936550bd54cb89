package dev.valuenetwork.figure;

import dev.valuenetwork.source.Cited;
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
        @NonNull @Description("Optimistic-locking version: an update names the version it read.") int version,
        @NonNull @Description("When the record was created in this service.") java.time.OffsetDateTime createdAt,
        @NonNull @Description("When the record last changed in this service.") java.time.OffsetDateTime updatedAt,
        @Description("Who made the last change: an editor's name, or the dataset that loaded it.") String updatedBy,
        @Ignore long dbId,
        @Ignore Long companyId,
        @Ignore Long allianceId,
        @Ignore Long productId) implements Node, Cited {

    @Ignore
    public dev.valuenetwork.source.CitedKind citedKind() {
        return dev.valuenetwork.source.CitedKind.FIGURE;
    }


    public static final String TYPE = "ReportedFigure";
}

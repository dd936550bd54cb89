package dev.valuenetwork.rate;

import dev.valuenetwork.source.Cited;
import dev.valuenetwork.common.graphql.Decimal;
import dev.valuenetwork.common.graphql.Node;
import dev.valuenetwork.common.graphql.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ExchangeRate")
@Description("How many units of one currency a unit of another buys on a date, as a cited source says. Totals"
        + " convert with these rates and name the ones they used; none is fetched from the network or assumed.")
public record ExchangeRate(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("The ISO 4217 code of the currency priced, such as \"USD\".") String base,
        @NonNull @Description("The ISO 4217 code of the currency it is priced in, such as \"KRW\".") String quote,
        @NonNull @Description("Units of quote per unit of base.") Decimal rate,
        @NonNull @Description("The date or period the rate is for.") PartialDate date,
        @Description("How the rate was obtained, such as \"implied by the article's own figures\".") String note,
        @NonNull @Description("Optimistic-locking version: an update names the version it read.") int version,
        @NonNull @Description("When the record was created in this service.") java.time.OffsetDateTime createdAt,
        @NonNull @Description("When the record last changed in this service.") java.time.OffsetDateTime updatedAt,
        @Description("Who made the last change: an editor's name, or the dataset that loaded it.") String updatedBy,
        @Ignore long dbId) implements Node, Cited {

    @Ignore
    public dev.valuenetwork.source.CitedKind citedKind() {
        return dev.valuenetwork.source.CitedKind.EXCHANGE_RATE;
    }


    public static final String TYPE = "ExchangeRate";
}

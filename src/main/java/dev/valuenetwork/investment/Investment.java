package dev.valuenetwork.investment;

import dev.valuenetwork.claim.ClaimSubject;
import dev.valuenetwork.claim.Claimed;
import dev.valuenetwork.source.Cited;
import dev.valuenetwork.common.graphql.Node;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.company.Company;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Investment")
@Description("One company investing in another: the investment edge of the network.")
public record Investment(
        @Id @NonNull @Description("Opaque global id.") String id,
        @Description("How much was invested; null when the sources give no amount (never zero for unknown).") Money amount,
        @Description("When the investment was announced, as precisely as known; null when the sources do not say.")
        PartialDate announcedOn,
        @Description("What the investment is for, as the source states it.") String purpose,
        @NonNull @Description("Whether the amount is known: DISCLOSED with an amount, UNDISCLOSED when a source says it was"
                + " not disclosed, NOT_REPORTED when no source gives or mentions it.") AmountStatus amountStatus,
        @Description("What the investor received, such as convertible preferred shares; null when no source says.")
        InvestmentInstrument instrument,
        @Description("The kind of funding round; null when no source says.") FundingRoundType roundType,
        @Description("The round's name as a source gives it.") String roundName,
        @Description("How much the whole round raised, when a source says; the investor's own part is `amount`.")
        Money roundAmount,
        @Description("The share of the investee the investor took, when a source says.") Stake stake,
        @Description("Whether the investor led the round; null when no source says.") Boolean lead,
        @Description("When the investment closed, as precisely as known; null when the sources do not say.")
        PartialDate closedOn,
        @NonNull @Description("Optimistic-locking version: an update names the version it read.") int version,
        @NonNull @Description("When the record was created in this service.") java.time.OffsetDateTime createdAt,
        @NonNull @Description("When the record last changed in this service.") java.time.OffsetDateTime updatedAt,
        @Description("Who made the last change: an editor's name, or the dataset that loaded it.") String updatedBy,
        @Ignore long dbId,
        @Ignore long investorId,
        @Ignore long investeeId,
        @Ignore Company joinedInvestor,
        @Ignore Company joinedInvestee) implements Node, Cited, Claimed {

    @Ignore
    public ClaimSubject claimSubject() {
        return ClaimSubject.INVESTMENT;
    }


    @Ignore
    public dev.valuenetwork.source.CitedKind citedKind() {
        return dev.valuenetwork.source.CitedKind.INVESTMENT;
    }


    public static final String TYPE = "Investment";
}

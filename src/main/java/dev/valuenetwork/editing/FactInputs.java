package dev.valuenetwork.editing;

import dev.valuenetwork.common.graphql.Decimal;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.figure.Qualifier;
import dev.valuenetwork.investment.AmountStatus;
import dev.valuenetwork.investment.FundingRoundType;
import dev.valuenetwork.investment.InvestmentInstrument;
import java.util.List;
import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Inputs for recording facts. Every fact cites at least one source. A fact's key (and so its
 * global id) is set once; the service makes one when it is omitted. Which nodes a fact connects
 * is part of what it is, so updates change its details, not its ends.
 */
public final class FactInputs {

    private FactInputs() {
    }

    @Input("MoneyInput")
    @Description("An amount in one currency.")
    public record MoneyInput(
            @NonNull @Description("The amount, not negative, as a decimal string.") Decimal amount,
            @NonNull @Description("ISO 4217 currency code.") String currency) {
    }

    @Input("StakeInput")
    @Description("A share of the investee's equity, as a source states it.")
    public record StakeInput(
            @NonNull @Description("The percentage, above 0 and at most 100, as a decimal string.") Decimal percent,
            @Description("How the source qualifies it (\"about 10%\" is ABOUT); EXACT when omitted.") Qualifier qualifier) {
    }

    @Input("CreateExecutiveInput")
    @Description("A person's title at a company.")
    public record CreateExecutive(
            @Description("Stable key; made when omitted.") String key,
            @Id @NonNull @Description("The person.") String personId,
            @Id @NonNull @Description("The company.") String companyId,
            @NonNull @Description("The title in English, such as \"CEO\".") String title,
            @Description("The title as a Korean source prints it.") String titleKo,
            @Description("When the role began, if known.") PartialDate since,
            @Description("When it ended, if it has.") PartialDate until,
            @NonNull @Description("The sources that report it; at least one.") List<@NonNull CitationInput> sources) {
    }

    @Input("UpdateExecutiveInput")
    @Description("Changes to an executive role; set until when the person leaves the post.")
    public record UpdateExecutive(
            @Id @NonNull @Description("The role.") String id,
            @NonNull @Description("The version read.") int version,
            @Description("New title.") String title,
            @Description("New Korean title.") String titleKo,
            @Description("New start.") PartialDate since,
            @Description("New end.") PartialDate until,
            @Nullable @Description("New sources, replacing the old ones.") List<@NonNull CitationInput> sources,
            @Nullable @Description("Fields to empty: titleKo, since, until.") List<@NonNull String> clear) {
    }

    @Input("JoinAllianceInput")
    @Description("A company joining an alliance, partnership or joint venture.")
    public record JoinAlliance(
            @Description("Stable key; made when omitted.") String key,
            @Id @NonNull @Description("The alliance.") String allianceId,
            @Id @NonNull @Description("The company joining.") String companyId,
            @Description("Its role, such as \"founding member\".") String role,
            @Description("When it joined, if known.") PartialDate since,
            @NonNull @Description("The sources that report it; at least one.") List<@NonNull CitationInput> sources) {
    }

    @Input("LeaveAllianceInput")
    @Description("A company leaving an alliance: its membership ends.")
    public record LeaveAlliance(
            @Id @NonNull @Description("The membership.") String membershipId,
            @NonNull @Description("The version read.") int version,
            @NonNull @Description("When it left.") PartialDate until,
            @Nullable @Description("Sources for the departure, added to the membership's.") List<@NonNull CitationInput> sources) {
    }

    @Input("UpdateMembershipInput")
    @Description("Changes to a membership.")
    public record UpdateMembership(
            @Id @NonNull @Description("The membership.") String id,
            @NonNull @Description("The version read.") int version,
            @Description("New role.") String role,
            @Description("New start.") PartialDate since,
            @Description("New end.") PartialDate until,
            @Nullable @Description("New sources, replacing the old ones.") List<@NonNull CitationInput> sources,
            @Nullable @Description("Fields to empty: role, since, until.") List<@NonNull String> clear) {
    }

    @Input("CreateInvestmentInput")
    @Description("One company investing in another.")
    public record CreateInvestment(
            @Description("Stable key; made when omitted.") String key,
            @Id @NonNull @Description("The investing company.") String investorId,
            @Id @NonNull @Description("The company invested in; not the investor.") String investeeId,
            @Description("How much; omit when the source gives no amount (never zero for unknown).") MoneyInput amount,
            @Description("UNDISCLOSED when a source says the amount was not disclosed; leave out otherwise (DISCLOSED and"
                    + " NOT_REPORTED follow from the amount).") AmountStatus amountStatus,
            @Description("What the investor received, if a source says.") InvestmentInstrument instrument,
            @Description("The kind of round, if a source says.") FundingRoundType roundType,
            @Description("The round's name as a source gives it.") String roundName,
            @Description("How much the whole round raised, if a source says.") MoneyInput roundAmount,
            @Description("The stake the investor took, if a source says.") StakeInput stake,
            @Description("Whether the investor led the round, if a source says.") Boolean lead,
            @Id @Nullable @Description("Other investors in the round that a source names.") List<@NonNull String> coInvestorIds,
            @Description("When it was announced, if known.") PartialDate announcedOn,
            @Description("When it closed, if known.") PartialDate closedOn,
            @Description("What it is for, as the source states it.") String purpose,
            @NonNull @Description("The sources that report it; at least one.") List<@NonNull CitationInput> sources) {
    }

    @Input("UpdateInvestmentInput")
    @Description("Changes to an investment.")
    public record UpdateInvestment(
            @Id @NonNull @Description("The investment.") String id,
            @NonNull @Description("The version read.") int version,
            @Description("New amount.") MoneyInput amount,
            @Description("UNDISCLOSED when a source says the amount was not disclosed.") AmountStatus amountStatus,
            @Description("New instrument.") InvestmentInstrument instrument,
            @Description("New round type.") FundingRoundType roundType,
            @Description("New round name.") String roundName,
            @Description("New round amount.") MoneyInput roundAmount,
            @Description("New stake.") StakeInput stake,
            @Description("Whether the investor led the round.") Boolean lead,
            @Id @Nullable @Description("New co-investors, replacing the old ones.") List<@NonNull String> coInvestorIds,
            @Description("New announcement date.") PartialDate announcedOn,
            @Description("New closing date.") PartialDate closedOn,
            @Description("New purpose.") String purpose,
            @Nullable @Description("New sources, replacing the old ones.") List<@NonNull CitationInput> sources,
            @Nullable @Description("Fields to empty: amount, amountStatus, instrument, roundType, roundName, roundAmount, stake,"
                    + " lead, coInvestors, announcedOn, closedOn, purpose.") List<@NonNull String> clear) {
    }

    @Input("CreateStatementInput")
    @Description("A direct quote.")
    public record CreateStatement(
            @Description("Stable key; made when omitted.") String key,
            @NonNull @Description("The quote as the source prints it.") String text,
            @NonNull @Description("ISO 639-1 code of its language.") String language,
            @Description("An English translation.") String translation,
            @Id @Description("Who said it; omit for an unnamed speaker and describe them instead.") String speakerId,
            @Description("Who the source says spoke, when it does not name them.") String speakerDescription,
            @Description("The speaker's title at the time.") String speakerTitle,
            @Id @Description("The company the speaker spoke for.") String companyId,
            @Description("When it was said.") PartialDate saidOn,
            @Description("Where it was said.") String place,
            @Nullable @Description("Topics, as lowercase tags.") List<@NonNull String> topics,
            @NonNull @Description("The sources that print it; at least one.") List<@NonNull CitationInput> sources) {
    }

    @Input("UpdateStatementInput")
    @Description("Changes to a statement.")
    public record UpdateStatement(
            @Id @NonNull @Description("The statement.") String id,
            @NonNull @Description("The version read.") int version,
            @Description("New text.") String text,
            @Description("New language.") String language,
            @Description("New translation.") String translation,
            @Description("New speaker description.") String speakerDescription,
            @Description("New speaker title.") String speakerTitle,
            @Description("New date.") PartialDate saidOn,
            @Description("New place.") String place,
            @Nullable @Description("New topics, replacing the old ones.") List<@NonNull String> topics,
            @Nullable @Description("New sources, replacing the old ones.") List<@NonNull CitationInput> sources,
            @Nullable @Description("Fields to empty: translation, speakerTitle, saidOn, place, topics.") List<@NonNull String> clear) {
    }

    @Input("CreateFigureInput")
    @Description("A number a source reports about a company, an alliance or a product.")
    public record CreateFigure(
            @Description("Stable key; made when omitted.") String key,
            @Id @NonNull @Description("What it is about: a company, alliance or product.") String subjectId,
            @NonNull @Description("A documented metric code (see the metrics query).") String metric,
            @NonNull @Description("The number, not negative.") Decimal value,
            @NonNull @Description("An ISO 4217 code or a unit word: person, subscriber, language, company, percent.") String unit,
            @NonNull @Description("How the source qualifies it.") Qualifier qualifier,
            @Description("The date or period it is about.") PartialDate asOf,
            @Description("What a reader should know to read it right.") String note,
            @NonNull @Description("The sources that report it; at least one.") List<@NonNull CitationInput> sources) {
    }

    @Input("UpdateFigureInput")
    @Description("Changes to a reported figure.")
    public record UpdateFigure(
            @Id @NonNull @Description("The figure.") String id,
            @NonNull @Description("The version read.") int version,
            @Description("New value.") Decimal value,
            @Description("New unit.") String unit,
            @Description("New qualifier.") Qualifier qualifier,
            @Description("New date.") PartialDate asOf,
            @Description("New note.") String note,
            @Nullable @Description("New sources, replacing the old ones.") List<@NonNull CitationInput> sources,
            @Nullable @Description("Fields to empty: asOf, note.") List<@NonNull String> clear) {
    }
}

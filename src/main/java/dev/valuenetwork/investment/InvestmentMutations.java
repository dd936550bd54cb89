package dev.valuenetwork.investment;

import static dev.valuenetwork.editing.EditSupport.citations;
import static dev.valuenetwork.editing.EditSupport.clear;
import static dev.valuenetwork.editing.EditSupport.date;
import static dev.valuenetwork.editing.EditSupport.key;
import static dev.valuenetwork.editing.EditSupport.name;
import static dev.valuenetwork.editing.EditSupport.newKey;
import static dev.valuenetwork.editing.EditSupport.pick;

import dev.valuenetwork.common.graphql.Decimal;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.security.Access;
import dev.valuenetwork.dataset.RecordStore;
import dev.valuenetwork.editing.CitationInput;
import dev.valuenetwork.editing.DeletePayload;
import dev.valuenetwork.editing.EditSupport;
import dev.valuenetwork.figure.Qualifier;
import io.smallrye.graphql.api.Nullable;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Recording, changing and deleting investments. Which companies an investment connects is part
 * of what it is, so updates change its details, not its ends.
 */
@GraphQLApi
public class InvestmentMutations {

    @Inject
    Access access;
    @Inject
    RecordStore store;
    @Inject
    InvestmentQueries investments;

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

    @Mutation("createInvestment")
    @Transactional
    @Description("Records an investment (role editor).")
    public Investment createInvestment(@NonNull @Description("The investment.") CreateInvestment input) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(input.sources());
        String key = newKey(input.key(), "investment");
        store.create(new InvestmentRecord(key, key(input.investorId(), "input.investorId", "Company"),
                key(input.investeeId(), "input.investeeId", "Company"), amount(input.amount()), currency(input.amount()),
                name(input.amountStatus()), name(input.instrument()), name(input.roundType()), input.roundName(),
                amount(input.roundAmount()), currency(input.roundAmount()), percent(input.stake()), qualifier(input.stake()),
                input.lead(), coInvestors(input.coInvestorIds(), "input.coInvestorIds"), date(input.announcedOn()),
                date(input.closedOn()), input.purpose(), cited.citations(), null), cited.newSources(), actor);
        return investments.findInvestmentByKey(key).orElseThrow();
    }

    @Mutation("updateInvestment")
    @Transactional
    @Description("Changes an investment (role editor).")
    public Investment updateInvestment(@NonNull @Description("The changes.") UpdateInvestment input) {
        String actor = access.requireEditor();
        String key = key(input.id(), "input.id", "Investment");
        Set<String> clear = clear(input.clear(), Set.of("amount", "amountStatus", "instrument", "roundType", "roundName",
                "roundAmount", "stake", "lead", "coInvestors", "announcedOn", "closedOn", "purpose"));
        EditSupport.Cited cited = citations(input.sources());
        List<String> coInvestors = coInvestors(input.coInvestorIds(), "input.coInvestorIds");
        store.update(InvestmentRecord.class, key, input.version(), b -> new InvestmentRecord(b.key(), b.investor(),
                b.investee(), pick(amount(input.amount()), b.amount(), clear, "amount"),
                pick(currency(input.amount()), b.currency(), clear, "amount"),
                pick(name(input.amountStatus()), b.amountStatus(), clear, "amountStatus"),
                pick(name(input.instrument()), b.instrument(), clear, "instrument"),
                pick(name(input.roundType()), b.roundType(), clear, "roundType"), pick(input.roundName(), b.roundName(), clear, "roundName"),
                pick(amount(input.roundAmount()), b.roundAmount(), clear, "roundAmount"),
                pick(currency(input.roundAmount()), b.roundCurrency(), clear, "roundAmount"),
                pick(percent(input.stake()), b.stakePercent(), clear, "stake"), pick(qualifier(input.stake()), b.stakeQualifier(), clear, "stake"),
                pick(input.lead(), b.lead(), clear, "lead"), pick(coInvestors, b.coInvestors(), clear, "coInvestors"),
                pick(date(input.announcedOn()), b.announcedOn(), clear, "announcedOn"),
                pick(date(input.closedOn()), b.closedOn(), clear, "closedOn"), pick(input.purpose(), b.purpose(), clear, "purpose"),
                EditSupport.citations(input.sources(), cited, clear, b.citations()), b.claims()), cited.newSources(), actor);
        return investments.findInvestmentByKey(key).orElseThrow();
    }

    @Mutation("deleteInvestment")
    @Transactional
    @Description("Deletes an investment (role admin).")
    public DeletePayload deleteInvestment(@Id @NonNull @Description("The investment.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(InvestmentRecord.class, key(id, "id", "Investment"), version, actor);
        return new DeletePayload(id);
    }

    private static BigDecimal amount(MoneyInput money) {
        return money == null ? null : money.amount().value();
    }

    private static String currency(MoneyInput money) {
        return money == null ? null : money.currency();
    }

    private static BigDecimal percent(StakeInput stake) {
        return stake == null ? null : stake.percent().value();
    }

    private static String qualifier(StakeInput stake) {
        return stake == null ? null : stake.qualifier() == null ? "EXACT" : stake.qualifier().name();
    }

    private static List<String> coInvestors(List<String> ids, String argument) {
        if (ids == null) {
            return null;
        }
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            slugs.add(key(ids.get(i), argument + "[" + i + "]", "Company"));
        }
        return slugs;
    }
}

package dev.valuenetwork.editing;

import static dev.valuenetwork.editing.EditSupport.citations;
import static dev.valuenetwork.editing.EditSupport.clear;
import static dev.valuenetwork.editing.EditSupport.date;
import static dev.valuenetwork.editing.EditSupport.key;
import static dev.valuenetwork.editing.EditSupport.name;
import static dev.valuenetwork.editing.EditSupport.newKey;
import static dev.valuenetwork.editing.EditSupport.pick;

import dev.valuenetwork.alliance.AllianceQueries;
import dev.valuenetwork.alliance.Membership;
import dev.valuenetwork.common.security.Access;
import dev.valuenetwork.dataset.Dataset.CitationRecord;
import dev.valuenetwork.dataset.Dataset.ExecutiveRecord;
import dev.valuenetwork.dataset.Dataset.InvestmentRecord;
import dev.valuenetwork.dataset.Dataset.MembershipRecord;
import dev.valuenetwork.dataset.RecordKind;
import dev.valuenetwork.dataset.RecordStore;
import dev.valuenetwork.investment.Investment;
import dev.valuenetwork.investment.InvestmentQueries;
import dev.valuenetwork.person.Executive;
import dev.valuenetwork.person.PersonQueries;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Recording, changing and deleting executive roles, memberships and investments. */
@GraphQLApi
public class FactMutations {

    @Inject
    Access access;
    @Inject
    RecordStore store;
    @Inject
    PersonQueries people;
    @Inject
    AllianceQueries alliances;
    @Inject
    InvestmentQueries investments;

    @Mutation("createExecutive")
    @Transactional
    @Description("Records a person's title at a company (role editor).")
    public Executive createExecutive(@NonNull @Description("The role.") FactInputs.CreateExecutive input) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(input.sources());
        String key = newKey(input.key(), "executive");
        store.create(RecordKind.EXECUTIVE, new ExecutiveRecord(key, key(input.personId(), "input.personId", "Person"),
                key(input.companyId(), "input.companyId", "Company"), input.title(), input.titleKo(), date(input.since()), date(input.until()),
                cited.citations()), cited.newSources(), actor);
        return people.findExecutiveByKey(key).orElseThrow();
    }

    @Mutation("updateExecutive")
    @Transactional
    @Description("Changes an executive role (role editor); set until when the person leaves the post.")
    public Executive updateExecutive(@NonNull @Description("The changes.") FactInputs.UpdateExecutive input) {
        String actor = access.requireEditor();
        String key = key(input.id(), "input.id", "Executive");
        Set<String> clear = clear(input.clear(), Set.of("titleKo", "since", "until"));
        EditSupport.Cited cited = citations(input.sources());
        store.update(RecordKind.EXECUTIVE, key, input.version(), (ExecutiveRecord b) -> new ExecutiveRecord(b.key(), b.person(),
                b.company(), pick(input.title(), b.title(), clear, "title"), pick(input.titleKo(), b.titleKo(), clear, "titleKo"),
                pick(date(input.since()), b.since(), clear, "since"), pick(date(input.until()), b.until(), clear, "until"),
                citations(input.sources(), cited, clear, b.citations())), cited.newSources(), actor);
        return people.findExecutiveByKey(key).orElseThrow();
    }

    @Mutation("deleteExecutive")
    @Transactional
    @Description("Deletes an executive role (role admin).")
    public DeletePayload deleteExecutive(@Id @NonNull @Description("The role.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(RecordKind.EXECUTIVE, key(id, "id", "Executive"), version, actor);
        return new DeletePayload(id);
    }

    @Mutation("joinAlliance")
    @Transactional
    @Description("Records a company joining an alliance (role editor). CONFLICT when it is already a member over that time.")
    public Membership joinAlliance(@NonNull @Description("The membership.") FactInputs.JoinAlliance input) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(input.sources());
        String key = newKey(input.key(), "membership");
        store.create(RecordKind.MEMBERSHIP, new MembershipRecord(key, key(input.allianceId(), "input.allianceId", "Alliance"),
                key(input.companyId(), "input.companyId", "Company"), input.role(), date(input.since()), null, cited.citations()),
                cited.newSources(), actor);
        return alliances.findMembershipByKey(key).orElseThrow();
    }

    @Mutation("leaveAlliance")
    @Transactional
    @Description("Records a company leaving an alliance: its membership ends on the date (role editor).")
    public Membership leaveAlliance(@NonNull @Description("The departure.") FactInputs.LeaveAlliance input) {
        String actor = access.requireEditor();
        String key = key(input.membershipId(), "input.membershipId", "Membership");
        EditSupport.Cited cited = citations(input.sources());
        store.update(RecordKind.MEMBERSHIP, key, input.version(), (MembershipRecord b) -> new MembershipRecord(b.key(), b.alliance(),
                b.company(), b.role(), b.since(), date(input.until()), added(b.citations(), cited.citations()), b.claims()),
                cited.newSources(), actor);
        return alliances.findMembershipByKey(key).orElseThrow();
    }

    @Mutation("updateMembership")
    @Transactional
    @Description("Changes a membership (role editor).")
    public Membership updateMembership(@NonNull @Description("The changes.") FactInputs.UpdateMembership input) {
        String actor = access.requireEditor();
        String key = key(input.id(), "input.id", "Membership");
        Set<String> clear = clear(input.clear(), Set.of("role", "since", "until"));
        EditSupport.Cited cited = citations(input.sources());
        store.update(RecordKind.MEMBERSHIP, key, input.version(), (MembershipRecord b) -> new MembershipRecord(b.key(), b.alliance(),
                b.company(), pick(input.role(), b.role(), clear, "role"), pick(date(input.since()), b.since(), clear, "since"),
                pick(date(input.until()), b.until(), clear, "until"), citations(input.sources(), cited, clear, b.citations()),
                b.claims()),
                cited.newSources(), actor);
        return alliances.findMembershipByKey(key).orElseThrow();
    }

    @Mutation("deleteMembership")
    @Transactional
    @Description("Deletes a membership recorded in error (role admin); to record a departure use leaveAlliance.")
    public DeletePayload deleteMembership(@Id @NonNull @Description("The membership.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(RecordKind.MEMBERSHIP, key(id, "id", "Membership"), version, actor);
        return new DeletePayload(id);
    }

    @Mutation("createInvestment")
    @Transactional
    @Description("Records an investment (role editor).")
    public Investment createInvestment(@NonNull @Description("The investment.") FactInputs.CreateInvestment input) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(input.sources());
        String key = newKey(input.key(), "investment");
        store.create(RecordKind.INVESTMENT, new InvestmentRecord(key, key(input.investorId(), "input.investorId", "Company"),
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
    public Investment updateInvestment(@NonNull @Description("The changes.") FactInputs.UpdateInvestment input) {
        String actor = access.requireEditor();
        String key = key(input.id(), "input.id", "Investment");
        Set<String> clear = clear(input.clear(), Set.of("amount", "amountStatus", "instrument", "roundType", "roundName",
                "roundAmount", "stake", "lead", "coInvestors", "announcedOn", "closedOn", "purpose"));
        EditSupport.Cited cited = citations(input.sources());
        List<String> coInvestors = coInvestors(input.coInvestorIds(), "input.coInvestorIds");
        store.update(RecordKind.INVESTMENT, key, input.version(), (InvestmentRecord b) -> new InvestmentRecord(b.key(), b.investor(),
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
                citations(input.sources(), cited, clear, b.citations()), b.claims()), cited.newSources(), actor);
        return investments.findInvestmentByKey(key).orElseThrow();
    }

    @Mutation("deleteInvestment")
    @Transactional
    @Description("Deletes an investment (role admin).")
    public DeletePayload deleteInvestment(@Id @NonNull @Description("The investment.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(RecordKind.INVESTMENT, key(id, "id", "Investment"), version, actor);
        return new DeletePayload(id);
    }

    private static List<CitationRecord> added(List<CitationRecord> current, List<CitationRecord> more) {
        List<CitationRecord> all = new ArrayList<>(current);
        more.stream().filter(c -> !all.contains(c)).forEach(all::add);
        return all;
    }

    private static BigDecimal amount(FactInputs.MoneyInput money) {
        return money == null ? null : money.amount().value();
    }

    private static String currency(FactInputs.MoneyInput money) {
        return money == null ? null : money.currency();
    }

    private static BigDecimal percent(FactInputs.StakeInput stake) {
        return stake == null ? null : stake.percent().value();
    }

    private static String qualifier(FactInputs.StakeInput stake) {
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

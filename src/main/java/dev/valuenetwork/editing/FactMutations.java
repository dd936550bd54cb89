package dev.valuenetwork.editing;

import static dev.valuenetwork.editing.EditSupport.citations;
import static dev.valuenetwork.editing.EditSupport.clear;
import static dev.valuenetwork.editing.EditSupport.date;
import static dev.valuenetwork.editing.EditSupport.key;
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
    @NonNull
    @Transactional
    @Description("Records a person's title at a company (role editor).")
    public Executive createExecutive(@NonNull @Description("The role.") FactInputs.CreateExecutive in) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(in.sources());
        String key = newKey(in.key(), "executive");
        store.create(RecordKind.EXECUTIVE, new ExecutiveRecord(key, key(in.personId(), "input.personId", "Person"),
                key(in.companyId(), "input.companyId", "Company"), in.title(), in.titleKo(), date(in.since()), date(in.until()),
                cited.citations()), cited.newSources(), actor);
        return people.findExecutiveByKey(key).orElseThrow();
    }

    @Mutation("updateExecutive")
    @NonNull
    @Transactional
    @Description("Changes an executive role (role editor); set until when the person leaves the post.")
    public Executive updateExecutive(@NonNull @Description("The changes.") FactInputs.UpdateExecutive in) {
        String actor = access.requireEditor();
        String key = key(in.id(), "input.id", "Executive");
        Set<String> clear = clear(in.clear(), Set.of("titleKo", "since", "until"));
        EditSupport.Cited cited = citations(in.sources());
        store.update(RecordKind.EXECUTIVE, key, in.version(), (ExecutiveRecord b) -> new ExecutiveRecord(b.key(), b.person(),
                b.company(), pick(in.title(), b.title(), clear, "title"), pick(in.titleKo(), b.titleKo(), clear, "titleKo"),
                pick(date(in.since()), b.since(), clear, "since"), pick(date(in.until()), b.until(), clear, "until"),
                citations(in.sources(), cited, clear, b.citations())), cited.newSources(), actor);
        return people.findExecutiveByKey(key).orElseThrow();
    }

    @Mutation("deleteExecutive")
    @NonNull
    @Transactional
    @Description("Deletes an executive role (role admin).")
    public DeletePayload deleteExecutive(@Id @NonNull @Description("The role.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(RecordKind.EXECUTIVE, key(id, "id", "Executive"), version, actor);
        return new DeletePayload(id);
    }

    @Mutation("joinAlliance")
    @NonNull
    @Transactional
    @Description("Records a company joining an alliance (role editor). CONFLICT when it is already a member over that time.")
    public Membership joinAlliance(@NonNull @Description("The membership.") FactInputs.JoinAlliance in) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(in.sources());
        String key = newKey(in.key(), "membership");
        store.create(RecordKind.MEMBERSHIP, new MembershipRecord(key, key(in.allianceId(), "input.allianceId", "Alliance"),
                key(in.companyId(), "input.companyId", "Company"), in.role(), date(in.since()), null, cited.citations()),
                cited.newSources(), actor);
        return alliances.findMembershipByKey(key).orElseThrow();
    }

    @Mutation("leaveAlliance")
    @NonNull
    @Transactional
    @Description("Records a company leaving an alliance: its membership ends on the date (role editor).")
    public Membership leaveAlliance(@NonNull @Description("The departure.") FactInputs.LeaveAlliance in) {
        String actor = access.requireEditor();
        String key = key(in.membershipId(), "input.membershipId", "Membership");
        EditSupport.Cited cited = citations(in.sources());
        store.update(RecordKind.MEMBERSHIP, key, in.version(), (MembershipRecord b) -> new MembershipRecord(b.key(), b.alliance(),
                b.company(), b.role(), b.since(), date(in.until()), added(b.citations(), cited.citations())),
                cited.newSources(), actor);
        return alliances.findMembershipByKey(key).orElseThrow();
    }

    @Mutation("updateMembership")
    @NonNull
    @Transactional
    @Description("Changes a membership (role editor).")
    public Membership updateMembership(@NonNull @Description("The changes.") FactInputs.UpdateMembership in) {
        String actor = access.requireEditor();
        String key = key(in.id(), "input.id", "Membership");
        Set<String> clear = clear(in.clear(), Set.of("role", "since", "until"));
        EditSupport.Cited cited = citations(in.sources());
        store.update(RecordKind.MEMBERSHIP, key, in.version(), (MembershipRecord b) -> new MembershipRecord(b.key(), b.alliance(),
                b.company(), pick(in.role(), b.role(), clear, "role"), pick(date(in.since()), b.since(), clear, "since"),
                pick(date(in.until()), b.until(), clear, "until"), citations(in.sources(), cited, clear, b.citations())),
                cited.newSources(), actor);
        return alliances.findMembershipByKey(key).orElseThrow();
    }

    @Mutation("deleteMembership")
    @NonNull
    @Transactional
    @Description("Deletes a membership recorded in error (role admin); to record a departure use leaveAlliance.")
    public DeletePayload deleteMembership(@Id @NonNull @Description("The membership.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(RecordKind.MEMBERSHIP, key(id, "id", "Membership"), version, actor);
        return new DeletePayload(id);
    }

    @Mutation("createInvestment")
    @NonNull
    @Transactional
    @Description("Records an investment (role editor).")
    public Investment createInvestment(@NonNull @Description("The investment.") FactInputs.CreateInvestment in) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(in.sources());
        String key = newKey(in.key(), "investment");
        store.create(RecordKind.INVESTMENT, new InvestmentRecord(key, key(in.investorId(), "input.investorId", "Company"),
                key(in.investeeId(), "input.investeeId", "Company"), amount(in.amount()), currency(in.amount()),
                date(in.announcedOn()), in.purpose(), cited.citations()), cited.newSources(), actor);
        return investments.findInvestmentByKey(key).orElseThrow();
    }

    @Mutation("updateInvestment")
    @NonNull
    @Transactional
    @Description("Changes an investment (role editor).")
    public Investment updateInvestment(@NonNull @Description("The changes.") FactInputs.UpdateInvestment in) {
        String actor = access.requireEditor();
        String key = key(in.id(), "input.id", "Investment");
        Set<String> clear = clear(in.clear(), Set.of("amount", "announcedOn", "purpose"));
        EditSupport.Cited cited = citations(in.sources());
        store.update(RecordKind.INVESTMENT, key, in.version(), (InvestmentRecord b) -> new InvestmentRecord(b.key(), b.investor(),
                b.investee(), pick(amount(in.amount()), b.amount(), clear, "amount"),
                pick(currency(in.amount()), b.currency(), clear, "amount"), pick(date(in.announcedOn()), b.announcedOn(), clear,
                "announcedOn"), pick(in.purpose(), b.purpose(), clear, "purpose"),
                citations(in.sources(), cited, clear, b.citations())), cited.newSources(), actor);
        return investments.findInvestmentByKey(key).orElseThrow();
    }

    @Mutation("deleteInvestment")
    @NonNull
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
}

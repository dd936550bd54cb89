package dev.valuenetwork.alliance;

import static dev.valuenetwork.editing.EditSupport.citations;
import static dev.valuenetwork.editing.EditSupport.clear;
import static dev.valuenetwork.editing.EditSupport.date;
import static dev.valuenetwork.editing.EditSupport.key;
import static dev.valuenetwork.editing.EditSupport.newKey;
import static dev.valuenetwork.editing.EditSupport.pick;

import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.security.Access;
import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.RecordStore;
import dev.valuenetwork.editing.CitationInput;
import dev.valuenetwork.editing.DeletePayload;
import dev.valuenetwork.editing.EditSupport;
import io.smallrye.graphql.api.Nullable;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Companies joining and leaving alliances, and corrections of memberships. */
@GraphQLApi
public class MembershipMutations {

    @Inject
    Access access;
    @Inject
    RecordStore store;
    @Inject
    AllianceQueries alliances;

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

    @Mutation("joinAlliance")
    @Transactional
    @Description("Records a company joining an alliance (role editor). CONFLICT when it is already a member over that time.")
    public Membership joinAlliance(@NonNull @Description("The membership.") JoinAlliance input) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(input.sources());
        String key = newKey(input.key(), "membership");
        store.create(new MembershipRecord(key, key(input.allianceId(), "input.allianceId", "Alliance"),
                key(input.companyId(), "input.companyId", "Company"), input.role(), date(input.since()), null, cited.citations()),
                cited.newSources(), actor);
        return alliances.findMembershipByKey(key).orElseThrow();
    }

    @Mutation("leaveAlliance")
    @Transactional
    @Description("Records a company leaving an alliance: its membership ends on the date (role editor).")
    public Membership leaveAlliance(@NonNull @Description("The departure.") LeaveAlliance input) {
        String actor = access.requireEditor();
        String key = key(input.membershipId(), "input.membershipId", "Membership");
        EditSupport.Cited cited = citations(input.sources());
        store.update(MembershipRecord.class, key, input.version(), b -> new MembershipRecord(b.key(), b.alliance(),
                b.company(), b.role(), b.since(), date(input.until()), added(b.citations(), cited.citations()), b.claims()),
                cited.newSources(), actor);
        return alliances.findMembershipByKey(key).orElseThrow();
    }

    @Mutation("updateMembership")
    @Transactional
    @Description("Changes a membership (role editor).")
    public Membership updateMembership(@NonNull @Description("The changes.") UpdateMembership input) {
        String actor = access.requireEditor();
        String key = key(input.id(), "input.id", "Membership");
        Set<String> clear = clear(input.clear(), Set.of("role", "since", "until"));
        EditSupport.Cited cited = citations(input.sources());
        store.update(MembershipRecord.class, key, input.version(), b -> new MembershipRecord(b.key(), b.alliance(),
                b.company(), pick(input.role(), b.role(), clear, "role"), pick(date(input.since()), b.since(), clear, "since"),
                pick(date(input.until()), b.until(), clear, "until"),
                EditSupport.citations(input.sources(), cited, clear, b.citations()), b.claims()),
                cited.newSources(), actor);
        return alliances.findMembershipByKey(key).orElseThrow();
    }

    @Mutation("deleteMembership")
    @Transactional
    @Description("Deletes a membership recorded in error (role admin); to record a departure use leaveAlliance.")
    public DeletePayload deleteMembership(@Id @NonNull @Description("The membership.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(MembershipRecord.class, key(id, "id", "Membership"), version, actor);
        return new DeletePayload(id);
    }

    private static List<CitationRecord> added(List<CitationRecord> current, List<CitationRecord> more) {
        List<CitationRecord> all = new ArrayList<>(current);
        more.stream().filter(c -> !all.contains(c)).forEach(all::add);
        return all;
    }
}

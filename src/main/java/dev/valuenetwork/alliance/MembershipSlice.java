package dev.valuenetwork.alliance;

import dev.valuenetwork.dataset.NetworkEventKind;
import static dev.valuenetwork.common.validation.Rules.MAX_NAME;

import dev.valuenetwork.claim.ClaimSubject;
import dev.valuenetwork.common.validation.Rules;
import dev.valuenetwork.company.Company;
import dev.valuenetwork.dataset.Attached;
import dev.valuenetwork.dataset.ChangeLog;
import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.ClaimRecord;
import dev.valuenetwork.dataset.Claims;
import dev.valuenetwork.dataset.RecordCheck;
import dev.valuenetwork.dataset.RecordSlice;
import dev.valuenetwork.dataset.Refs;
import dev.valuenetwork.source.CitedKind;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** Memberships as dataset records: facts naming an alliance and a company, whose role and dates may be claimed. */
@ApplicationScoped
@Unremovable
public class MembershipSlice implements RecordSlice<MembershipRecord, MembershipEntity> {

    public String list() { return "memberships"; }
    public Class<MembershipRecord> recordType() { return MembershipRecord.class; }
    public String graphqlType() { return Membership.TYPE; }
    public int order() { return 60; }
    public String table() { return "membership"; }
    public String keyColumn() { return "key"; }
    public Class<MembershipEntity> entity() { return MembershipEntity.class; }
    public CitedKind cited() { return CitedKind.MEMBERSHIP; }
    public ClaimSubject claimed() { return ClaimSubject.MEMBERSHIP; }
    public Set<String> claimable() { return Set.of("role", "since", "until"); }
    public String key(MembershipRecord r) { return r.key(); }
    public String key(MembershipEntity e) { return e.key; }
    public long id(MembershipEntity e) { return e.id; }
    public MembershipEntity create() { return new MembershipEntity(); }
    public List<CitationRecord> citations(MembershipRecord r) { return r.citations(); }
    public List<ClaimRecord> claims(MembershipRecord r) { return r.claims(); }

    public MembershipRecord withClaims(MembershipRecord r, List<ClaimRecord> claims) {
        return new MembershipRecord(r.key(), r.alliance(), r.company(), r.role(), r.since(), r.until(), r.citations(), claims);
    }

    public void apply(MembershipRecord r, MembershipEntity e, Refs refs) {
        e.key = r.key();
        e.allianceId = refs.require(Refs.Kind.ALLIANCE, r.alliance());
        e.companyId = refs.require(Refs.Kind.COMPANY, r.company());
        e.role = Claims.value(r.role(), r.claims(), "role");
        e.since = Claims.value(r.since(), r.claims(), "since");
        e.until = Claims.value(r.until(), r.claims(), "until");
    }

    public MembershipRecord export(MembershipEntity e, Refs refs, Attached attached) {
        List<ClaimRecord> claims = attached.claims();
        return new MembershipRecord(e.key, refs.key(Refs.Kind.ALLIANCE, e.allianceId),
                refs.key(Refs.Kind.COMPANY, e.companyId), Claims.own(e.role, claims, "role"),
                Claims.own(e.since, claims, "since"), Claims.own(e.until, claims, "until"), attached.citations(), claims);
    }

    public void check(MembershipRecord m, RecordCheck check) {
        check.reference("alliance", Refs.Kind.ALLIANCE, m.alliance(), true);
        check.reference("company", Refs.Kind.COMPANY, m.company(), true);
        check.check("role", Rules.optional(m.role(), MAX_NAME));
        check.dates("since", m.since(), "until", m.until());
        check.citations(m.citations(), true);
        check.claims(m.claims(), "role", m.role(), "since", m.since(), "until", m.until());
    }

    public String claimValueProblem(String attribute, String value) {
        return Rules.optional(value, MAX_NAME);
    }

    public List<List<String>> involved(MembershipRecord m) {
        return ChangeLog.nodes(Company.TYPE, m.company(), Alliance.TYPE, m.alliance());
    }

    public NetworkEventKind createdEvent() {
        return NetworkEventKind.MEMBER_JOINED;
    }

    public NetworkEventKind updatedEvent(MembershipRecord before, MembershipRecord after) {
        return after.until() != null && before.until() == null ? NetworkEventKind.MEMBER_LEFT : NetworkEventKind.ENTITY_UPDATED;
    }

    public String inputField(String field) {
        return switch (field) {
            case "alliance" -> "allianceId";
            case "company" -> "companyId";
            default -> field;
        };
    }
}

package dev.valuenetwork.alliance;

import dev.valuenetwork.dataset.NetworkEventKind;
import static dev.valuenetwork.common.validation.Rules.MAX_TEXT;

import dev.valuenetwork.claim.ClaimSubject;
import dev.valuenetwork.common.persistence.IdentityBasis;
import dev.valuenetwork.common.validation.Rules;
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
import java.util.Map;
import java.util.Set;

/** Alliances, partnerships and joint ventures as dataset records; parents before the ventures they formed. */
@ApplicationScoped
@Unremovable
public class AllianceSlice implements RecordSlice<AllianceRecord, AllianceEntity> {

    public String list() { return "alliances"; }
    public Class<AllianceRecord> recordType() { return AllianceRecord.class; }
    public String graphqlType() { return Alliance.TYPE; }
    public int order() { return 30; }
    public String table() { return "alliance"; }
    public String keyColumn() { return "slug"; }
    public Class<AllianceEntity> entity() { return AllianceEntity.class; }
    public CitedKind cited() { return CitedKind.ALLIANCE; }
    public ClaimSubject claimed() { return ClaimSubject.ALLIANCE; }
    public Set<String> claimable() { return Set.of(Claims.STATUS, "formedOn", "endedOn"); }
    public Refs.Kind referredAs() { return Refs.Kind.ALLIANCE; }
    public String key(AllianceRecord r) { return r.slug(); }
    public String key(AllianceEntity e) { return e.slug; }
    public long id(AllianceEntity e) { return e.id; }
    public AllianceEntity create() { return new AllianceEntity(); }
    public List<CitationRecord> citations(AllianceRecord r) { return r.citations(); }
    public List<ClaimRecord> claims(AllianceRecord r) { return r.claims(); }
    public String parent(AllianceRecord r) { return r.parent(); }

    public AllianceRecord withClaims(AllianceRecord r, List<ClaimRecord> claims) {
        return new AllianceRecord(r.slug(), r.name(), r.nameKo(), r.nameBasis(), r.kind(), r.status(), r.statusDetail(),
                r.purpose(), r.purposeKo(), r.formedOn(), r.endedOn(), r.parent(), r.citations(), claims);
    }

    public void apply(AllianceRecord r, AllianceEntity e, Refs refs) {
        e.slug = r.slug();
        e.name = r.name();
        e.nameKo = r.nameKo();
        e.nameBasis = IdentityBasis.valueOf(r.nameBasis());
        e.kind = AllianceKind.valueOf(r.kind());
        e.status = AllianceStatus.valueOf(Claims.status(r.status(), r.claims()));
        e.statusDetail = r.statusDetail();
        e.purpose = r.purpose();
        e.purposeKo = r.purposeKo();
        e.formedOn = Claims.value(r.formedOn(), r.claims(), "formedOn");
        e.endedOn = Claims.value(r.endedOn(), r.claims(), "endedOn");
        e.parentId = r.parent() == null ? null : refs.require(Refs.Kind.ALLIANCE, r.parent());
    }

    public AllianceRecord export(AllianceEntity e, Refs refs, Attached attached) {
        List<ClaimRecord> claims = attached.claims();
        return new AllianceRecord(e.slug, e.name, e.nameKo, e.nameBasis.name(), e.kind.name(),
                Claims.own(e.status.name(), claims, Claims.STATUS), e.statusDetail, e.purpose, e.purposeKo,
                Claims.own(e.formedOn, claims, "formedOn"), Claims.own(e.endedOn, claims, "endedOn"),
                refs.key(Refs.Kind.ALLIANCE, e.parentId), attached.citations(), claims);
    }

    public void check(AllianceRecord a, RecordCheck check) {
        check.names(a.name(), a.nameKo());
        check.basis("nameBasis", a.nameBasis());
        check.check("kind", Rules.oneOf(AllianceKind.values(), a.kind()));
        check.check("status", a.status() == null ? null : Rules.oneOf(AllianceStatus.values(), a.status()));
        check.check("statusDetail", Rules.optional(a.statusDetail(), 500));
        check.check("purpose", Rules.optional(a.purpose(), MAX_TEXT));
        check.check("purposeKo", Rules.optional(a.purposeKo(), MAX_TEXT));
        check.claims(a.claims(), Claims.STATUS, a.status(), "formedOn", a.formedOn(), "endedOn", a.endedOn());
        check.dates("formedOn", a.formedOn(), "endedOn", a.endedOn());
        check.reference("parent", Refs.Kind.ALLIANCE, a.parent(), false);
        check.citations(a.citations(), false);
    }

    public String claimValueProblem(String attribute, String value) {
        return Claims.STATUS.equals(attribute) ? Rules.oneOf(AllianceStatus.values(), value) : null;
    }

    public List<List<String>> involved(AllianceRecord a) {
        return ChangeLog.nodes(Alliance.TYPE, a.slug(), Alliance.TYPE, a.parent());
    }

    public NetworkEventKind createdEvent() {
        return NetworkEventKind.ALLIANCE_FORMED;
    }

    public NetworkEventKind updatedEvent(AllianceRecord before, AllianceRecord after) {
        String ended = AllianceStatus.ENDED.name();
        return ended.equals(after.status()) && !ended.equals(before.status())
                ? NetworkEventKind.ALLIANCE_ENDED : NetworkEventKind.ENTITY_UPDATED;
    }

    public Map<String, String> referrers() {
        return Map.of(
                "membership(s)", "SELECT count(*) FROM membership WHERE alliance_id = :id",
                "product(s)", "SELECT count(*) FROM product WHERE owner_alliance_id = :id",
                "reported figure(s)", "SELECT count(*) FROM reported_figure WHERE alliance_id = :id",
                "child alliance(s)", "SELECT count(*) FROM alliance WHERE parent_id = :id");
    }
}

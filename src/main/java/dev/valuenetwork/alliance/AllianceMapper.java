package dev.valuenetwork.alliance;

import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;

final class AllianceMapper {

    private AllianceMapper() {
    }

    static Alliance toApi(AllianceEntity e) {
        return new Alliance(GlobalId.of(Alliance.TYPE, e.slug), e.slug, e.name, e.nameKo, e.kind, e.status,
                e.statusDetail, e.purpose, PartialDate.parse(e.formedOn), PartialDate.parse(e.endedOn), e.version, e.createdAt, e.updatedAt, e.updatedBy, e.id, e.parentId);
    }

    static Membership toApi(MembershipEntity e) {
        return new Membership(GlobalId.of(Membership.TYPE, e.key), e.role, PartialDate.parse(e.since),
                PartialDate.parse(e.until), e.since != null, e.version, e.createdAt, e.updatedAt, e.updatedBy, e.id, e.allianceId, e.companyId);
    }
}

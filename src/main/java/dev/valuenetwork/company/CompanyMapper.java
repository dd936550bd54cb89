package dev.valuenetwork.company;

import dev.valuenetwork.common.graphql.GlobalId;
import java.util.List;

final class CompanyMapper {

    private CompanyMapper() {
    }

    static Company toApi(CompanyEntity e) {
        return new Company(GlobalId.of(Company.TYPE, e.slug), e.slug, e.name, e.nameKo, List.of(e.aliases), e.kind,
                e.country, e.description, e.identityBasis, e.version, e.createdAt, e.updatedAt, e.updatedBy, e.id, e.parentId);
    }
}

package dev.valuenetwork.person;

import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;

final class PersonMapper {

    private PersonMapper() {
    }

    static Person toApi(PersonEntity e) {
        return new Person(GlobalId.of(Person.TYPE, e.slug), e.slug, e.name, e.nameKo, e.identityBasis, e.version, e.createdAt, e.updatedAt, e.updatedBy, e.id);
    }

    static Executive toApi(ExecutiveEntity e) {
        return new Executive(GlobalId.of(Executive.TYPE, e.key), e.title, e.titleKo, PartialDate.parse(e.since),
                PartialDate.parse(e.until), e.since != null, e.version, e.createdAt, e.updatedAt, e.updatedBy, e.id, e.personId, e.companyId);
    }
}

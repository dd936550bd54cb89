package dev.valuenetwork.person;

import dev.valuenetwork.common.graphql.RelationArgs;
import dev.valuenetwork.common.paging.KeysetQuery;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.paging.SortOrder;
import dev.valuenetwork.common.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of people and their executive roles. */
@ApplicationScoped
public class PersonQueries {

    @Transactional
    public Optional<Person> findPersonBySlug(String slug) {
        return PersonEntity.<PersonEntity>find("slug", slug).firstResultOptional().map(PersonMapper::toApi);
    }

    @Transactional
    public Optional<Executive> findExecutiveByKey(String key) {
        return ExecutiveEntity.<ExecutiveEntity>find("key", key).firstResultOptional().map(PersonMapper::toApi);
    }

    private static final SortOrder<PersonEntity> BY_SLUG = SortOrder.byUniqueText("slug", e -> e.slug);

    @Transactional
    public PersonConnection listPeople(PageRequest page) {
        KeysetQuery<PersonEntity> query = KeysetQuery.of(PersonEntity.class, "person x");
        return page.toConnection(query.page(BY_SLUG, page), BY_SLUG::cursor, PersonMapper::toApi, query.count(),
                PersonConnection.PersonEdge::new, PersonConnection::new);
    }

    public Map<Long, Person> peopleByIds(Collection<Long> ids) {
        return Sql.index(Sql.rows(PersonEntity.class, "SELECT * FROM person WHERE id = ANY(CAST(:ids AS bigint[]))",
                "ids", Sql.ids(ids)), e -> e.id, PersonMapper::toApi);
    }

    /** Roles of many people, newest first, valid on {@code asOf} when given. */
    public Map<Long, List<Executive>> rolesOfPeople(Collection<Long> personIds, RelationArgs args) {
        return Sql.group(executives("person_id", personIds, args), e -> e.personId, PersonMapper::toApi);
    }

    /** Executives of many companies, newest first, valid on {@code asOf} when given. */
    public Map<Long, List<Executive>> executivesOfCompanies(Collection<Long> companyIds, RelationArgs args) {
        return Sql.group(executives("company_id", companyIds, args), e -> e.companyId, PersonMapper::toApi);
    }

    private static List<ExecutiveEntity> executives(String parentColumn, Collection<Long> ids, RelationArgs args) {
        return Sql.rows(ExecutiveEntity.class, """
                SELECT x.* FROM unnest(CAST(:ids AS bigint[])) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM executive x WHERE x.%s = p.id AND %s
                                    ORDER BY pd_sort(x.since) DESC, x.id DESC LIMIT :first) x
                """.formatted(parentColumn, RelationArgs.validOn("x")),
                "ids", Sql.ids(ids), "first", args.first(), "asOfStart", args.asOfStart(), "asOfEnd", args.asOfEnd());
    }
}

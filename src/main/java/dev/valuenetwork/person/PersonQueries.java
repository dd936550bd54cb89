package dev.valuenetwork.person;

import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.graphql.RelationArgs;
import dev.valuenetwork.common.paging.KeysetQuery;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.paging.SortOrder;
import dev.valuenetwork.common.persistence.IdentityBasis;
import dev.valuenetwork.common.persistence.Reads;
import dev.valuenetwork.common.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of people and their executive roles. */
@ApplicationScoped
public class PersonQueries {

    private static final SortOrder<Person> BY_SLUG = SortOrder.byUniqueText("slug", Person::slug);

    public Optional<Person> findPersonBySlug(String slug) {
        return Reads.first(PersonQueries::person, "SELECT * FROM person WHERE slug = :slug", "slug", slug);
    }

    public Optional<Executive> findExecutiveByKey(String key) {
        return Reads.first(PersonQueries::executive, "SELECT * FROM executive WHERE key = :key", "key", key);
    }

    public PersonConnection listPeople(PageRequest page) {
        KeysetQuery<Person> query = KeysetQuery.of(PersonQueries::person, "person x");
        return page.toConnection(query.page(BY_SLUG, page), BY_SLUG::cursor, query::count,
                PersonConnection.PersonEdge::new, PersonConnection::new);
    }

    public Map<Long, Person> peopleByIds(Collection<Long> ids) {
        return Sql.index(Reads.list(PersonQueries::person, "SELECT * FROM person WHERE id = ANY(CAST(:ids AS bigint[]))",
                "ids", Sql.ids(ids)), Person::dbId);
    }

    /** Roles of many people, newest first, valid on {@code asOf} when given. */
    public Map<Long, List<Executive>> rolesOfPeople(Collection<Long> personIds, RelationArgs args) {
        return Sql.group(executives("person_id", personIds, args), Executive::personId);
    }

    /** Executives of many companies, newest first, valid on {@code asOf} when given. */
    public Map<Long, List<Executive>> executivesOfCompanies(Collection<Long> companyIds, RelationArgs args) {
        return Sql.group(executives("company_id", companyIds, args), Executive::companyId);
    }

    private static List<Executive> executives(String parentColumn, Collection<Long> ids, RelationArgs args) {
        return Reads.list(PersonQueries::executive, """
                SELECT x.* FROM unnest(CAST(:ids AS bigint[])) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM executive x WHERE x.%s = p.id AND %s
                                    ORDER BY pd_sort(x.since) DESC, x.id DESC LIMIT :first) x
                """.formatted(parentColumn, RelationArgs.validOn("x")),
                "ids", Sql.ids(ids), "first", args.first(), "asOfStart", args.asOfStart(), "asOfEnd", args.asOfEnd());
    }

    static Person person(ResultSet row) throws SQLException {
        String slug = row.getString("slug");
        return new Person(GlobalId.of(Person.TYPE, slug), slug, row.getString("name"), row.getString("name_ko"),
                IdentityBasis.valueOf(row.getString("identity_basis")), row.getInt("version"), Reads.timestamp(row, "created_at"),
                Reads.timestamp(row, "updated_at"), row.getString("updated_by"), row.getLong("id"));
    }

    static Executive executive(ResultSet row) throws SQLException {
        String since = row.getString("since");
        return new Executive(GlobalId.of(Executive.TYPE, row.getString("key")), row.getString("title"), row.getString("title_ko"),
                PartialDate.parse(since), PartialDate.parse(row.getString("until")), since != null, row.getInt("version"),
                Reads.timestamp(row, "created_at"), Reads.timestamp(row, "updated_at"), row.getString("updated_by"),
                row.getLong("id"), row.getLong("person_id"), row.getLong("company_id"));
    }
}

package dev.valuenetwork.person;

import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.graphql.RelationArgs;
import dev.valuenetwork.common.paging.KeysetQuery;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.paging.SortOrder;
import dev.valuenetwork.common.persistence.Columns;
import dev.valuenetwork.common.persistence.IdentityBasis;
import dev.valuenetwork.common.persistence.NestedLists;
import dev.valuenetwork.common.persistence.Reads;
import dev.valuenetwork.common.persistence.Sql;
import dev.valuenetwork.company.Company;
import dev.valuenetwork.company.CompanyQueries;
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

    /** The columns {@link #person(ResultSet, int)} reads, in its order. */
    static final Columns PERSON = Columns.of("id", "slug", "name", "name_ko", "identity_basis", "version", "created_at",
            "updated_at", "updated_by");
    /** The columns {@link #executive(ResultSet, int, Person, Company)} reads, in its order. */
    static final Columns EXECUTIVE = Columns.of("id", "key", "title", "title_ko", "since", "until", "version", "created_at",
            "updated_at", "updated_by", "person_id", "company_id");

    private static final SortOrder<Person> BY_SLUG = SortOrder.byUniqueText("slug", Person::slug);

    public Optional<Person> findPersonBySlug(String slug) {
        return Reads.first(PersonQueries::person, "SELECT " + PERSON.select("x") + " FROM person x WHERE x.slug = :slug",
                "slug", slug);
    }

    public Optional<Executive> findExecutiveByKey(String key) {
        return Reads.first(row -> executive(row, 1, null, null),
                "SELECT " + EXECUTIVE.select("x") + " FROM executive x WHERE x.key = :key", "key", key);
    }

    public PersonConnection listPeople(PageRequest page) {
        KeysetQuery<Person> query = KeysetQuery.of(PersonQueries::person, PERSON, "person x");
        return page.toConnection(query.page(BY_SLUG, page), BY_SLUG::cursor, query::count,
                PersonConnection.PersonEdge::new, PersonConnection::new);
    }

    public Map<Long, Person> peopleByIds(Collection<Long> ids) {
        return Sql.index(Reads.list(PersonQueries::person, "SELECT " + PERSON.select("x")
                + " FROM person x WHERE x.id = ANY(CAST(:ids AS bigint[]))", "ids", Sql.ids(ids)), Person::dbId);
    }

    /** Roles of many people, newest first, valid on {@code asOf} when given; with {@code join}, with their companies. */
    public Map<Long, List<Executive>> rolesOfPeople(Collection<Long> personIds, RelationArgs args) {
        return Sql.group(executives("person_id", personIds, args, CompanyQueries.COLUMNS, "company", "company_id",
                row -> executive(row, 1, null, args.join() ? CompanyQueries.read(row, EXECUTIVE.count() + 1) : null)),
                Executive::personId);
    }

    /** Executives of many companies, newest first, valid on {@code asOf} when given; with {@code join}, with the people. */
    public Map<Long, List<Executive>> executivesOfCompanies(Collection<Long> companyIds, RelationArgs args) {
        return Sql.group(executives("company_id", companyIds, args, PERSON, "person", "person_id",
                row -> executive(row, 1, args.join() ? person(row, EXECUTIVE.count() + 1) : null, null)),
                Executive::companyId);
    }

    private static List<Executive> executives(String parentColumn, Collection<Long> ids, RelationArgs args, Columns other,
            String otherTable, String otherColumn, Reads.RowReader<Executive> reader) {
        return Reads.list(reader, NestedLists.of(EXECUTIVE, "executive", "e", parentColumn, args.validOnFor("e"),
                        "pd_sort(e.since) DESC, e.id DESC", args.join() ? other : null, otherTable, "o.id = e." + otherColumn),
                "ids", Sql.ids(ids), "first", args.first(), "asOfStart", args.asOfStart(), "asOfEnd", args.asOfEnd());
    }

    static Person person(ResultSet row) throws SQLException {
        return person(row, 1);
    }

    /** Reads {@link #PERSON} from position {@code at} on. */
    static Person person(ResultSet row, int at) throws SQLException {
        String slug = row.getString(at + 1);
        return new Person(GlobalId.of(Person.TYPE, slug), slug, row.getString(at + 2), row.getString(at + 3),
                IdentityBasis.valueOf(row.getString(at + 4)), row.getInt(at + 5), Reads.timestamp(row, at + 6),
                Reads.timestamp(row, at + 7), row.getString(at + 8), row.getLong(at));
    }

    /** Reads {@link #EXECUTIVE} from position {@code at} on, with the person or company a statement joined in. */
    static Executive executive(ResultSet row, int at, Person person, Company company) throws SQLException {
        String since = row.getString(at + 4);
        return new Executive(GlobalId.of(Executive.TYPE, row.getString(at + 1)), row.getString(at + 2), row.getString(at + 3),
                PartialDate.parse(since), PartialDate.parse(row.getString(at + 5)), since != null, row.getInt(at + 6),
                Reads.timestamp(row, at + 7), Reads.timestamp(row, at + 8), row.getString(at + 9), row.getLong(at),
                row.getLong(at + 10), row.getLong(at + 11), person, company);
    }
}

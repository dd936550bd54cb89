package dev.valuenetwork.timeline;

import dev.valuenetwork.alliance.AllianceQueries;
import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.graphql.DateRange;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.company.CompanyQueries;
import dev.valuenetwork.person.PersonQueries;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.jpa.HibernateHints;

/**
 * Collects the dated events of a company or an alliance in one statement (a UNION over the
 * tables that hold dated facts), then names the nodes involved with one statement per type.
 */
@ApplicationScoped
public class TimelineQueries {

    @Inject
    CompanyQueries companies;
    @Inject
    AllianceQueries alliances;
    @Inject
    PersonQueries people;

    @Transactional
    public List<Event> events(String slug, PartialDate from, PartialDate to) {
        DateRange range = DateRange.of(from, to);
        var em = Panache.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object[]> owner = em.createNativeQuery("SELECT kind, coalesce((SELECT id FROM company WHERE slug = :slug),"
                + " (SELECT id FROM alliance WHERE slug = :slug)) FROM node_slug WHERE slug = :slug").setParameter("slug", slug)
                .getResultList();
        if (owner.isEmpty() || !List.of("COMPANY", "ALLIANCE").contains((String) owner.get(0)[0])) {
            throw ApiException.notFound("No company or alliance has the slug '" + slug + "'.").with("argument", "slug");
        }
        String sql = "COMPANY".equals(owner.get(0)[0]) ? TimelineSql.COMPANY : TimelineSql.ALLIANCE;
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT * FROM (" + sql + ") ev WHERE " + DateRange.overlaps("ev.date")
                + " ORDER BY pd_start(ev.date), length(ev.date), ev.kind, ev.fact_id", Tuple.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setParameter("id", ((Number) owner.get(0)[1]).longValue())
                .setParameter("rangeStart", range.start()).setParameter("rangeEnd", range.end())
                .getResultList();
        return toEvents(rows);
    }

    private List<Event> toEvents(List<Tuple> rows) {
        Set<Long> companyIds = new HashSet<>();
        Set<Long> allianceIds = new HashSet<>();
        Set<Long> personIds = new HashSet<>();
        for (Tuple row : rows) {
            add(companyIds, row, "company_id");
            add(companyIds, row, "other_id");
            add(allianceIds, row, "alliance_id");
            add(personIds, row, "person_id");
        }
        EventSummaries names = new EventSummaries(
                companyIds.isEmpty() ? java.util.Map.of() : companies.companiesByIds(companyIds),
                allianceIds.isEmpty() ? java.util.Map.of() : alliances.alliancesByIds(allianceIds),
                personIds.isEmpty() ? java.util.Map.of() : people.peopleByIds(personIds));
        List<Event> events = new ArrayList<>(rows.size());
        rows.forEach(row -> events.add(names.event(row)));
        return events;
    }

    private static void add(Set<Long> ids, Tuple row, String column) {
        Object value = row.get(column);
        if (value != null) {
            ids.add(((Number) Objects.requireNonNull(value)).longValue());
        }
    }
}

package dev.valuenetwork.timeline;

import dev.valuenetwork.alliance.AllianceQueries;
import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.graphql.DateRange;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.company.CompanyQueries;
import dev.valuenetwork.person.PersonQueries;
import dev.valuenetwork.common.persistence.Reads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    public List<Event> events(String slug, PartialDate from, PartialDate to) {
        DateRange range = DateRange.of(from, to);
        List<Object[]> owner = Reads.list(Reads::columns, "SELECT kind, coalesce((SELECT id FROM company WHERE slug = :slug),"
                + " (SELECT id FROM alliance WHERE slug = :slug)) FROM node_slug WHERE slug = :slug", "slug", slug);
        if (owner.isEmpty() || !List.of("COMPANY", "ALLIANCE").contains((String) owner.get(0)[0])) {
            throw ApiException.notFound("No company or alliance has the slug '" + slug + "'.").with("argument", "slug");
        }
        String sql = "COMPANY".equals(owner.get(0)[0]) ? TimelineSql.COMPANY : TimelineSql.ALLIANCE;
        List<EventRow> rows = Reads.list(EventRow::read, "SELECT * FROM (" + sql + ") ev WHERE " + DateRange.overlaps("ev.date")
                + " ORDER BY pd_start(ev.date), length(ev.date), ev.kind, ev.fact_id",
                "id", ((Number) owner.get(0)[1]).longValue(), "rangeStart", range.start(), "rangeEnd", range.end());
        return toEvents(rows);
    }

    private List<Event> toEvents(List<EventRow> rows) {
        Set<Long> companyIds = new HashSet<>();
        Set<Long> allianceIds = new HashSet<>();
        Set<Long> personIds = new HashSet<>();
        for (EventRow row : rows) {
            add(companyIds, row.companyId());
            add(companyIds, row.otherId());
            add(allianceIds, row.allianceId());
            add(personIds, row.personId());
        }
        EventSummaries names = new EventSummaries(
                companyIds.isEmpty() ? java.util.Map.of() : companies.companiesByIds(companyIds),
                allianceIds.isEmpty() ? java.util.Map.of() : alliances.alliancesByIds(allianceIds),
                personIds.isEmpty() ? java.util.Map.of() : people.peopleByIds(personIds));
        List<Event> events = new ArrayList<>(rows.size());
        rows.forEach(row -> events.add(names.event(row)));
        return events;
    }

    private static void add(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }
}

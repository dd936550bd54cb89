package dev.valuenetwork.activity;

import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.persistence.Columns;
import dev.valuenetwork.common.persistence.Reads;
import dev.valuenetwork.common.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of activities, newest first (undated ones last), batched per person or company. */
@ApplicationScoped
public class ActivityQueries {

    static final Columns COLUMNS = Columns.of("id", "key", "description", "description_ko", "started_on", "ended_on", "place",
            "version", "created_at", "updated_at", "updated_by", "person_id", "company_id");

    public Optional<Activity> findActivityByKey(String key) {
        return Reads.first(ActivityQueries::read, "SELECT " + COLUMNS.select("x") + " FROM activity x WHERE x.key = :key",
                "key", key);
    }

    public Map<Long, List<Activity>> activitiesOfPeople(Collection<Long> ids, Integer first) {
        return Sql.group(activities("person_id", ids, first), Activity::personId);
    }

    public Map<Long, List<Activity>> activitiesOfCompanies(Collection<Long> ids, Integer first) {
        return Sql.group(activities("company_id", ids, first), Activity::companyId);
    }

    private static List<Activity> activities(String parentColumn, Collection<Long> ids, Integer first) {
        return Reads.list(ActivityQueries::read, "SELECT " + COLUMNS.select("a") + """
                 FROM unnest((SELECT CAST(:ids AS bigint[]))) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM activity a WHERE a.%s = p.id
                                    ORDER BY pd_sort(a.started_on) DESC, a.id DESC LIMIT :first) a
                """.formatted(parentColumn), "ids", Sql.ids(ids), "first", first);
    }

    static Activity read(ResultSet row) throws SQLException {
        return new Activity(GlobalId.of(Activity.TYPE, row.getString(2)), row.getString(3), row.getString(4),
                PartialDate.parse(row.getString(5)), PartialDate.parse(row.getString(6)), row.getString(7), row.getInt(8),
                Reads.timestamp(row, 9), Reads.timestamp(row, 10), row.getString(11), row.getLong(1),
                Reads.nullableLong(row, 12), Reads.nullableLong(row, 13));
    }
}

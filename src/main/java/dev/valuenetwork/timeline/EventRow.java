package dev.valuenetwork.timeline;

import dev.valuenetwork.common.persistence.Reads;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One row of the timeline statement ({@link TimelineSql}): an event, its nodes and the details its summary needs. */
record EventRow(String kind, String date, String fact, long factId, Long companyId, Long allianceId, Long personId,
        Long otherId, String d1, String d2, String d3, String d4) {

    static EventRow read(ResultSet row) throws SQLException {
        return new EventRow(row.getString("kind"), row.getString("date"), row.getString("fact"), row.getLong("fact_id"),
                Reads.nullableLong(row, "company_id"), Reads.nullableLong(row, "alliance_id"),
                Reads.nullableLong(row, "person_id"), Reads.nullableLong(row, "other_id"), row.getString("d1"),
                row.getString("d2"), row.getString("d3"), row.getString("d4"));
    }
}

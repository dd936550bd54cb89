package dev.valuenetwork.claim;

import dev.valuenetwork.common.batch.BatchLoaders.ManyQuery;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.persistence.Reads;
import dev.valuenetwork.common.persistence.Sql;
import dev.valuenetwork.source.SourceQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import jakarta.enterprise.context.ApplicationScoped;

/** The claims of many records of one kind, in one statement. */
@ApplicationScoped
public class ClaimQueries {

    /** The basis of a relative date (the source joined in from column 14 on), or null. */
    private static RelativeBasis relative(ResultSet row) throws SQLException {
        if (row.getObject(14) == null) {
            return null;
        }
        return new RelativeBasis(SourceQueries.read(row, 14), (Integer) row.getObject(11), (Integer) row.getObject(12),
                (Integer) row.getObject(13));
    }

    /** Arguments of a {@code claims} field: the page size and, optionally, one attribute. */
    public record Args(int first, String attribute) {
    }

    /** The batch query behind the {@code claims} field of one kind of record. */
    public ManyQuery<Args, Claim> claimsOf(ClaimSubject subject) {
        return (ids, args) -> Sql.group(Reads.list(row -> new Claim(row.getString(3), row.getString(4),
                PartialDate.parse(row.getString(5)), ClaimRank.valueOf(row.getString(6)), row.getString(7), row.getString(8),
                row.getBoolean(9), row.getString(10), relative(row), row.getLong(1), row.getLong(2)), """
                SELECT c.id, p.id, c.attribute, c.value, c.effective_on, c.rank, c.reason, c.words, c.inferred, c.note,
                       c.relative_months, c.relative_month, c.relative_day, %s
                FROM unnest((SELECT CAST(:ids AS bigint[]))) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM claim c WHERE c.%s = p.id
                                    AND (CAST(:attribute AS text) IS NULL OR c.attribute = CAST(:attribute AS text))
                                    ORDER BY c.ordinal LIMIT :first) c
                LEFT JOIN source s ON s.id = c.relative_source_id
                ORDER BY p.id, c.ordinal
                """.formatted(SourceQueries.COLUMNS.select("s"), subject.column()), "ids", Sql.ids(ids), "attribute", args.attribute(), "first", args.first()),
                Claim::subjectId);
    }
}

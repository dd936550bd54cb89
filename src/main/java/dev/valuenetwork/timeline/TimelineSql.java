package dev.valuenetwork.timeline;

/**
 * The events of a company or an alliance (:id) as rows of one shape: kind, date, the fact and
 * its id, the nodes involved, and up to four details the summary needs. Undated facts are not
 * events. A tie's dated status claims are events of their own (promised, explored, in force), so
 * a partnership that was only explored never shows as joined. Members joining on the day a tie
 * was formed or signed are its forming, so those joins are left out.
 */
final class TimelineSql {

    private TimelineSql() {
    }

    private static final String COLUMNS = "kind, date, fact, fact_id, company_id, alliance_id, person_id, other_id, d1, d2, d3, d4";

    private static final String ALLIANCE_DATES = """
            SELECT CASE WHEN a.kind = 'PARTNERSHIP' THEN 'PARTNERSHIP_SIGNED' ELSE 'FORMED' END AS kind,
                   CAST(a.formed_on AS text) AS date, 'ALLIANCE' AS fact, a.id AS fact_id, CAST(NULL AS bigint) AS company_id,
                   a.id AS alliance_id, CAST(NULL AS bigint) AS person_id, CAST(NULL AS bigint) AS other_id,
                   a.status_detail AS d1, a.status AS d2, CAST(NULL AS text) AS d3, CAST(NULL AS text) AS d4
            FROM alliance a WHERE a.formed_on IS NOT NULL AND %1$s
            UNION ALL
            SELECT 'ENDED', a.ended_on, 'ALLIANCE', a.id, NULL, a.id, NULL, NULL, a.status_detail, a.status, NULL, NULL
            FROM alliance a WHERE a.ended_on IS NOT NULL AND %1$s
            UNION ALL
            SELECT 'STATUS_CHANGED', c.effective_on, 'CLAIM', c.id, NULL, a.id, NULL, NULL, c.value, c.words, NULL, NULL
            FROM claim c JOIN alliance a ON a.id = c.alliance_id
            WHERE c.attribute = 'status' AND c.rank <> 'DEPRECATED' AND c.effective_on IS NOT NULL AND %1$s
            """;

    private static final String MEMBERSHIPS = """
            SELECT 'JOINED', m.since, 'MEMBERSHIP', m.id, m.company_id, m.alliance_id, NULL, NULL, m.role, a.status, NULL, NULL
            FROM membership m JOIN alliance a ON a.id = m.alliance_id
            WHERE %1$s AND m.since IS NOT NULL AND m.since IS DISTINCT FROM a.formed_on
            UNION ALL
            SELECT 'LEFT', m.until, 'MEMBERSHIP', m.id, m.company_id, m.alliance_id, NULL, NULL, m.role, a.status, NULL, NULL
            FROM membership m JOIN alliance a ON a.id = m.alliance_id WHERE %1$s AND m.until IS NOT NULL
            """;

    private static final String FIGURES = """
            SELECT 'FIGURE_REPORTED', f.as_of, 'FIGURE', f.id, f.company_id, f.alliance_id, NULL, NULL, f.metric,
                   CAST(f.value AS text), f.unit, f.qualifier
            FROM reported_figure f WHERE %1$s AND f.as_of IS NOT NULL
            """;

    static final String COMPANY = "SELECT " + COLUMNS + " FROM ("
            + ALLIANCE_DATES.formatted("EXISTS (SELECT 1 FROM membership m WHERE m.alliance_id = a.id AND m.company_id = :id)")
            + " UNION ALL " + MEMBERSHIPS.formatted("m.company_id = :id")
            + " UNION ALL " + FIGURES.formatted("f.company_id = :id") + """
             UNION ALL
            SELECT 'INVESTMENT_ANNOUNCED', i.announced_on, 'INVESTMENT', i.id, i.investor_id, NULL, NULL, i.investee_id,
                   CAST(i.amount AS text), i.currency, i.purpose, NULL
            FROM investment i WHERE (i.investor_id = :id OR i.investee_id = :id) AND i.announced_on IS NOT NULL
            UNION ALL
            SELECT 'STATEMENT_MADE', s.said_on, 'STATEMENT', s.id, s.company_id, NULL, s.speaker_id, NULL, s.text,
                   s.translation, s.speaker_description, s.place
            FROM statement s WHERE s.company_id = :id AND s.said_on IS NOT NULL
            UNION ALL
            SELECT 'ROLE_STARTED', e.since, 'EXECUTIVE', e.id, e.company_id, NULL, e.person_id, NULL, e.title, NULL, NULL, NULL
            FROM executive e WHERE e.company_id = :id AND e.since IS NOT NULL
            UNION ALL
            SELECT 'ROLE_ENDED', e.until, 'EXECUTIVE', e.id, e.company_id, NULL, e.person_id, NULL, e.title, NULL, NULL, NULL
            FROM executive e WHERE e.company_id = :id AND e.until IS NOT NULL
            UNION ALL
            SELECT 'ACTIVITY', a.started_on, 'ACTIVITY', a.id, a.company_id, NULL, a.person_id, NULL, a.description, a.place,
                   NULL, NULL
            FROM activity a WHERE a.company_id = :id AND a.started_on IS NOT NULL
            ) events""";

    static final String ALLIANCE = "SELECT " + COLUMNS + " FROM ("
            + ALLIANCE_DATES.formatted("(a.id = :id OR a.parent_id = :id)")
            + " UNION ALL " + MEMBERSHIPS.formatted("m.alliance_id = :id")
            + " UNION ALL " + FIGURES.formatted("f.alliance_id = :id") + ") events";
}

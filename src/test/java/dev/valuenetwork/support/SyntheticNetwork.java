package dev.valuenetwork.support;

import dev.valuenetwork.alliance.AllianceRecord;
import dev.valuenetwork.alliance.MembershipRecord;
import dev.valuenetwork.company.CompanyRecord;
import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.Dataset;
import dev.valuenetwork.investment.InvestmentRecord;
import dev.valuenetwork.source.SourceRecord;
import java.util.ArrayList;
import java.util.List;

/** A small made-up network for tests that need more rows than the seed: every level non-empty. */
public final class SyntheticNetwork {

    /** A made-up source, so that test rows never claim the seed article as theirs. */
    public static final String SOURCE = "synthetic-test-fixture";

    private SyntheticNetwork() {
    }

    /** {@code companies} companies named {@code prefix-co-NNN}, each in two alliances and investing in two others. */
    public static Dataset of(String prefix, int companies) {
        return Dataset.of(lists(prefix, companies).values().toArray(List[]::new));
    }

    /** The same network as a dataset document's lists, by list name, for writing it out as YAML. */
    public static java.util.Map<String, List<?>> lists(String prefix, int companies) {
        List<CitationRecord> cited = List.of(new CitationRecord(SOURCE, "test fixture"));
        List<CompanyRecord> companyRecords = new ArrayList<>();
        List<AllianceRecord> alliances = new ArrayList<>();
        List<MembershipRecord> memberships = new ArrayList<>();
        List<InvestmentRecord> investments = new ArrayList<>();
        int allianceCount = Math.max(2, companies / 4);
        for (int a = 0; a < allianceCount; a++) {
            alliances.add(new AllianceRecord(slug(prefix, "alliance", a), "Alliance " + a, null, "ALLIANCE",
                    "ACTIVE", null, null, "2020", null, null, cited));
        }
        for (int c = 0; c < companies; c++) {
            String company = slug(prefix, "co", c);
            companyRecords.add(new CompanyRecord(company, "Company " + c, null, List.of(), "OTHER", "KR", null, null,
                    null, List.of()));
            for (int k = 0; k < 2; k++) {
                String alliance = slug(prefix, "alliance", (c + k) % allianceCount);
                memberships.add(new MembershipRecord(company + "-in-" + alliance, alliance, company, "member",
                        "202" + k, null, cited));
                String investee = slug(prefix, "co", (c + k + 1) % companies);
                investments.add(new InvestmentRecord(company + "-to-" + investee, company, investee,
                        new java.math.BigDecimal(1000 * (c + 1)), "USD", "2024", "test", cited));
            }
        }
        SourceRecord source = new SourceRecord(SOURCE, "Synthetic test fixture", null, "value-network tests",
                null, null, null, "en", "Made-up rows for tests; not a real source.");
        java.util.Map<String, List<?>> lists = new java.util.LinkedHashMap<>();
        lists.put("sources", List.of(source));
        lists.put("companies", companyRecords);
        lists.put("alliances", alliances);
        lists.put("memberships", memberships);
        lists.put("investments", investments);
        return lists;
    }

    public static String slug(String prefix, String kind, int index) {
        return prefix + "-" + kind + "-" + String.format("%03d", index);
    }
}

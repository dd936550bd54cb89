package dev.valuenetwork.bench;

import static io.restassured.RestAssured.given;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Latency at scale: generates the synthetic network, then runs each benchmark request over HTTP,
 * 5 times to warm up and 30 times measured, and reports p50/p95, the SQL statements each issues,
 * and any sequential scans of large tables the runs caused (from pg_stat_user_tables). Not part
 * of ./mvnw verify: run it with ./mvnw test -Pbenchmark. Results go to target/benchmark.md.
 */
@Tag("benchmark")
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ScaleBenchmarkTest {

    private static final int WARMUP = 5;
    private static final int RUNS = 30;
    private static final List<String> LARGE = List.of("company", "investment", "membership", "statement", "search_term",
            "citation", "executive", "reported_figure", "product", "alliance", "person");

    @Test
    void measure() throws Exception {
        long generation = System.nanoTime();
        if (!ScaleData.present()) {
            ScaleData.generate(ScaleData.DEFAULT);
        }
        String generated = "Generated " + counts() + " in " + (System.nanoTime() - generation) / 1_000_000 + " ms";
        String koreanName = single("SELECT name_ko FROM company WHERE slug = 'scale-co-04242'");
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("search (Korean name + particle)", "{ search(text: \"" + koreanName + "은\", first: 10) { score matched node { id } } }");
        requests.put("search (2 letters)", "{ search(text: \"AI\", first: 10) { score matched node { id } } }");
        requests.put("search (English, misspelt)", "{ search(text: \"Scale Netwroks 4242\", first: 10) { score matched node { id } } }");
        requests.put("network depth 2", "{ network(slug: \"scale-co-04242\", depth: 2) { nodes { id } edges { kind since } } }");
        requests.put("paths between distant companies", "{ paths(from: \"scale-co-00017\", to: \"scale-co-09876\", maxHops: 4)"
                + " { hops nodes { id } edges { kind } } }");
        requests.put("investmentTotals by investor and year (2024)", "{ investmentTotals(groupBy: [INVESTOR, YEAR],"
                + " filter: { from: \"2024\", to: \"2024\" }) { groups { year count unknownAmountCount totalUsd investor { slug } } } }");
        requests.put("investmentTotals by investor and year (all)", "{ investmentTotals(groupBy: [INVESTOR, YEAR])"
                + " { groups { year count totalUsd } } }");
        requests.put("filtered investments page", "{ investments(first: 20, filter: { currency: \"USD\", from: \"2020\", to: \"2022\" },"
                + " orderBy: { field: AMOUNT, direction: DESC }) { totalCount edges { cursor node { amount { amount currency }"
                + " investor { slug } investee { slug } } } } }");
        StringBuilder report = new StringBuilder("# Scale benchmark\n\n").append(generated).append("\n\n")
                .append("| Request | p50 ms | p95 ms | SQL statements | Result | Seq scans of large tables |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Map.Entry<String, String> request : requests.entrySet()) {
            report.append(measure(request.getKey(), request.getValue())).append('\n');
        }
        report.append("\n## Search plan\n\n```\n").append(searchPlan(koreanName + "은")).append("```\n");
        Files.writeString(Path.of("target", "benchmark.md"), report);
        System.out.println(report);
    }

    private static String measure(String name, String document) throws InterruptedException {
        for (int i = 0; i < WARMUP; i++) {
            post(document);
        }
        Map<String, Long> before = seqScans();
        List<Long> millis = new ArrayList<>();
        JsonPath last = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            last = post(document);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        Thread.sleep(1500); // statistics reach pg_stat_user_tables within a second
        Map<String, Long> after = seqScans();
        List<String> scans = new ArrayList<>();
        after.forEach((table, count) -> {
            long delta = count - before.getOrDefault(table, 0L);
            if (delta > 0) {
                scans.add(table + " x" + delta);
            }
        });
        millis.sort(Long::compare);
        String result = last.getMap("data").values().iterator().next() instanceof List<?> list ? list.size() + " items" : "object";
        if (last.get("errors") != null) {
            result = "ERROR " + last.getString("errors[0].extensions.code");
        }
        return "| " + name + " | " + millis.get(RUNS / 2) + " | " + millis.get(RUNS * 95 / 100) + " | "
                + last.getInt("extensions.sqlStatements") + " | " + result + " | " + (scans.isEmpty() ? "none" : scans) + " |";
    }

    private static JsonPath post(String document) {
        return given().contentType(ContentType.JSON).body(Map.of("query", document)).post("/graphql").then()
                .extract().jsonPath();
    }

    private static Map<String, Long> seqScans() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Panache.getEntityManager().createNativeQuery("SELECT pg_stat_clear_snapshot()").getSingleResult();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                    "SELECT relname, seq_scan FROM pg_stat_user_tables WHERE relname = ANY(CAST(:t AS text[]))")
                    .setParameter("t", dev.valuenetwork.common.persistence.Sql.texts(LARGE)).getResultList();
            Map<String, Long> scans = new LinkedHashMap<>();
            rows.forEach(r -> scans.put((String) r[0], ((Number) r[1]).longValue()));
            return scans;
        });
    }

    private static String searchPlan(String text) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var em = Panache.getEntityManager();
            @SuppressWarnings("unchecked")
            List<String> plan = em.createNativeQuery("EXPLAIN " + dev.valuenetwork.search.SearchQueries.SQL
                    .replace("CONTAINS", " OR s.term_norm LIKE :contains"))
                    .setParameter("exact", "{\"" + text.toLowerCase() + "\"}").setParameter("prefix", text.toLowerCase() + "%")
                    .setParameter("q", text.toLowerCase()).setParameter("kinds", "{COMPANY,PERSON,ALLIANCE,PRODUCT,STATEMENT}")
                    .setParameter("candidates", 50).setParameter("contains", "%" + text.toLowerCase() + "%").getResultList();
            return String.join("\n", plan) + "\n";
        });
    }

    private static String counts() {
        return single("SELECT format('%s companies, %s investments, %s memberships, %s statements, %s search terms',"
                + " (SELECT count(*) FROM company), (SELECT count(*) FROM investment), (SELECT count(*) FROM membership),"
                + " (SELECT count(*) FROM statement), (SELECT count(*) FROM search_term))");
    }

    private static String single(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> (String) Panache.getEntityManager().createNativeQuery(sql).getSingleResult());
    }
}

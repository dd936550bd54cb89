package dev.valuenetwork.bench;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Fills the tables with a deterministic synthetic network (bench/scale.sql): the same sizes give
 * the same rows every time. For benchmarks and tests only; the service never loads it.
 */
public final class ScaleData {

    /** The sizes of issue 3's benchmark: 10k companies, 100k investments, 50k memberships, 20k statements. */
    public static final Map<String, Integer> DEFAULT = Map.of("companies", 10_000, "people", 2_000, "alliances", 1_000,
            "memberships", 50_000, "investments", 100_000, "statements", 20_000, "products", 2_000, "figures", 5_000);

    private ScaleData() {
    }

    public static boolean present() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM company WHERE slug LIKE 'scale-co-%'").getSingleResult()).longValue() > 0);
    }

    /** Generates the network in one transaction and refreshes the planner's statistics. */
    public static void generate(Map<String, Integer> sizes) {
        String script = resource("/bench/scale.sql");
        for (Map.Entry<String, Integer> size : sizes.entrySet()) {
            script = script.replace(":" + size.getKey(), size.getValue().toString());
        }
        String[] statements = script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n(?=\\s*(CREATE|INSERT|UPDATE|DELETE|SELECT))");
        QuarkusTransaction.requiringNew().timeout(1800).run(() -> {
            for (String statement : statements) {
                if (!statement.isBlank()) {
                    Panache.getEntityManager().createNativeQuery(statement).executeUpdate();
                }
            }
        });
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery("ANALYZE").executeUpdate());
    }

    private static String resource(String path) {
        try (InputStream in = ScaleData.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.valuenetwork.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With tracing turned on, one GraphQL request is one trace: the HTTP server span continues the
 * caller's {@code traceparent}, and every SQL statement of the request is a client span in it,
 * including those run on execution and batch threads.
 */
@QuarkusTest
@TestProfile(TracingTest.Traced.class)
@WithTestResource(EmbeddedPostgresResource.class)
class TracingTest {

    public static class Traced implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "10ms");
        }
    }

    /** Spans go to memory in this test instead of a collector. */
    @Singleton
    static class Exporter {
        @Produces
        @Singleton
        InMemorySpanExporter inMemory() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    InMemorySpanExporter spans;

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void aRequestIsOneTraceWithItsSqlStatements() throws InterruptedException {
        spans.reset();
        given().contentType(ContentType.JSON).header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .body(Map.of("query", "query Traced { company(slug: \"sk-telecom\") { name memberships { role }"
                        + " executives { title } investmentsMade { purpose } } }"))
                .post("/graphql").then().statusCode(200);
        List<SpanData> trace = awaitSpans(5);
        SpanData server = trace.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        assertEquals("00f067aa0ba902b7", server.getParentSpanId(), "the caller's span is the parent");
        List<SpanData> sql = trace.stream().filter(s -> s.getKind() == SpanKind.CLIENT
                && s.getAttributes().asMap().keySet().stream().anyMatch(k -> k.getKey().startsWith("db."))).toList();
        // the company, then its memberships, executives and investments side by side: four statements
        assertEquals(4, sql.size(), () -> "SQL spans: " + sql);
        assertTrue(sql.stream().allMatch(s -> s.getTraceId().equals(TRACE_ID)));
        assertTrue(spans.getFinishedSpanItems().stream().allMatch(s -> s.getTraceId().equals(TRACE_ID)),
                "no span of the request in another trace");
        System.out.printf("[trace] %s%n", String.join("\n[trace] ", trace.stream()
                .map(s -> s.getKind() + " " + s.getName() + " " + s.getSpanId() + " parent " + s.getParentSpanId()
                        + " " + (s.getEndEpochNanos() - s.getStartEpochNanos()) / 1000 + " µs")
                .toList()));
    }

    private List<SpanData> awaitSpans(int atLeast) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            List<SpanData> found = spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(TRACE_ID)).toList();
            if (found.size() >= atLeast && found.stream().anyMatch(s -> s.getKind() == SpanKind.SERVER)) {
                Thread.sleep(100);
                return spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(TRACE_ID)).toList();
            }
            Thread.sleep(25);
        }
        throw new AssertionError("spans of the trace: " + spans.getFinishedSpanItems());
    }
}

package dev.valuenetwork.graphql;

import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.valuenetwork.support.GraphQL;
import dev.valuenetwork.support.SeedOnlyDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example in docs/queries runs against the seed and answers without errors. On the JVM
 * (this class) each answer is kept in target/native-checks/answers; the same suite on the
 * packaged service ({@link ExampleQueriesIT}: the jar, or the native binary under -Pnative)
 * must give the same data, which is what a native image that cannot see a class or a resource
 * fails to do.
 */
@QuarkusTest
@WithTestResource(value = SeedOnlyDatabase.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class ExampleQueriesTest {

    static final Path ANSWERS = Path.of("target", "native-checks", "answers");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    @TestFactory
    Stream<DynamicTest> everyDocumentedQueryAnswers() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("docs", "queries"))) {
            examples = files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList();
        }
        assertFalse(examples.isEmpty());
        return examples.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Map<String, Object> data = GraphQL.post(Files.readString(file))
                    .body("errors", nullValue())
                    .body("data", not(anEmptyMap()))
                    .extract().path("data");
            data.forEach((field, value) -> assertNotNull(value, file + ": " + field + " is null"));
            answered(file.getFileName().toString().replace(".graphql", ".json"), JSON.writeValueAsString(data));
        }));
    }

    /** On the JVM: keeps the answer. */
    void answered(String name, String data) throws IOException {
        Files.createDirectories(ANSWERS);
        Files.writeString(ANSWERS.resolve(name), data);
    }

    /** For the packaged suite: the JVM's answer, when this build's tests produced one. */
    static String jvmAnswer(String name) throws IOException {
        Path answer = ANSWERS.resolve(name);
        return Files.exists(answer) ? Files.readString(answer) : null;
    }

    static void assertSameAs(String jvm, String packaged, String name) {
        assertEquals(jvm, packaged, name + ": the packaged service answered differently from the JVM");
    }
}

package dev.valuenetwork.graphql;

import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
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

/** Every example in docs/queries runs against the seed and answers without errors. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ExampleQueriesTest {

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
        }));
    }
}

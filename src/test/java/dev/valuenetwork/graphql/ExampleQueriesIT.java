package dev.valuenetwork.graphql;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresResource.class)
class ExampleQueriesIT extends ExampleQueriesTest {
}

package dev.valuenetwork.graphql;

import dev.valuenetwork.support.SeedOnlyDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;

/** The examples on the packaged service, each answer the same as the JVM's of this build. */
@QuarkusIntegrationTest
@WithTestResource(value = SeedOnlyDatabase.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class ExampleQueriesIT extends ExampleQueriesTest {

    @Override
    void answered(String name, String data) throws IOException {
        String jvm = jvmAnswer(name);
        if (jvm != null) {
            assertSameAs(jvm, data, name);
        }
    }
}

package dev.valuenetwork.company;

import dev.valuenetwork.support.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same cases against the packaged application (or a native binary where one is built). */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresResource.class)
class CompanyApiIT extends CompanyApiTest {
}

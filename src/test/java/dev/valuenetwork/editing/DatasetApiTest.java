package dev.valuenetwork.editing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.hasValue;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuenetwork.support.Database;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import dev.valuenetwork.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** importDataset and exportDataset over HTTP: counts, every problem located, roles, and export re-imported unchanged. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DatasetApiTest {

    private static final String IMPORT = """
            mutation($doc: String!) { importDataset(document: $doc) {
              created updated unchanged lists { list created updated unchanged } } }""";
    private static final String EXPORT = "query($company: String) { exportDataset(company: $company) }";

    private static final String DOCUMENT = """
            sources:
              - key: api-test-release
                title: Press release for the import test
                publisher: Test Wire
                publishedOn: "2025-04-02"
            companies:
              - slug: api-import-alpha
                name: Alpha AI
                nameKo: 알파 AI
                kind: AI_STARTUP
                country: KR
              - slug: api-import-beta
                name: Beta Cloud
                kind: BIG_TECH
                country: US
            investments:
              - key: beta-in-alpha-2025
                investor: api-import-beta
                investee: api-import-alpha
                amount: 12500000.5
                currency: USD
                announcedOn: "2025-04"
                purpose: Series A
                citations:
                  - source: api-test-release
                    excerpt: Beta Cloud leads Alpha AI's Series A.
            """;

    @Test
    void shouldImportCountingCreatedThenUnchangedRows() {
        GraphQL.as(Tokens.admin(), IMPORT, "doc", DOCUMENT)
                .body("errors", nullValue())
                .body("data.importDataset.created", equalTo(4))
                .body("data.importDataset.lists.find { it.list == 'investments' }.created", equalTo(1));
        GraphQL.post("{ company(slug: \"api-import-alpha\") { nameKo investmentsReceived { amount { amount currency }"
                + " announcedOn investor { slug } sources { title } } } }")
                .body("data.company.nameKo", equalTo("알파 AI"))
                .body("data.company.investmentsReceived[0].amount.amount", equalTo("12500000.5"))
                .body("data.company.investmentsReceived[0].investor.slug", equalTo("api-import-beta"))
                .body("data.company.investmentsReceived[0].sources[0].title", equalTo("Press release for the import test"));

        GraphQL.as(Tokens.admin(), IMPORT, "doc", DOCUMENT)
                .body("data.importDataset.created", equalTo(0))
                .body("data.importDataset.updated", equalTo(0))
                .body("data.importDataset.unchanged", equalTo(4));
        GraphQL.as(Tokens.admin(), IMPORT, "doc", DOCUMENT.replace("purpose: Series A", "purpose: Series A extension"))
                .body("data.importDataset.updated", equalTo(1))
                .body("data.importDataset.unchanged", equalTo(3));
    }

    @Test
    void shouldReportEveryProblemWithItsPlaceAndWriteNothing() {
        String bad = DOCUMENT.replace("slug: api-import-alpha", "slug: api-import-gamma")
                .replace("currency: USD", "currency: dollars").replace("country: US", "country: USA")
                .replace("announcedOn: \"2025-04\"", "announcedOn: \"2025-13\"");
        String before = Database.fingerprint();
        GraphQL.as(Tokens.admin(), IMPORT, "doc", bad)
                .body("data", anyOf(nullValue(), not(hasValue(notNullValue())))) // the field, or the whole request, null
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].extensions.argument", equalTo("document"))
                .body("errors[0].extensions.problemCount", equalTo(4))
                .body("errors[0].extensions.problems.location", hasItem("companies[1] (api-import-beta).country"))
                .body("errors[0].extensions.problems.location", hasItem("investments[0] (beta-in-alpha-2025).investee"))
                .body("errors[0].extensions.problems.location", hasItem("investments[0] (beta-in-alpha-2025).currency"))
                .body("errors[0].extensions.problems.location", hasItem("investments[0] (beta-in-alpha-2025).announcedOn"));
        GraphQL.as(Tokens.admin(), IMPORT, "doc", "companies:\n  - slug: x\n    nmae: X\n")
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].extensions.problems[0].location", equalTo("document: line 3, column 5 (companies[0].nmae)"))
                .body("errors[0].extensions.problems[0].message", equalTo("unknown field 'nmae'"));
        assertEquals(before, Database.fingerprint(), "nothing of an invalid document is written");
    }

    @Test
    void shouldLetOnlyAdminsImportAndEditorsExport() {
        String before = Database.fingerprint();
        GraphQL.as(null, IMPORT, "doc", DOCUMENT).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        GraphQL.as(Tokens.editor(), IMPORT, "doc", DOCUMENT).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertEquals(before, Database.fingerprint());
        GraphQL.as(null, EXPORT).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        GraphQL.as(Tokens.reader(), EXPORT).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.as(Tokens.editor(), EXPORT, "company", "no-such-company")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.argument", equalTo("company"));
    }

    @Test
    void shouldExportANeighbourhoodAndReimportTheWholeNetworkUnchanged() {
        GraphQL.as(Tokens.editor(), EXPORT, "company", "lg-uplus")
                .body("errors", nullValue())
                .body("data.exportDataset", containsString("slug: lg-uplus"))
                .body("data.exportDataset", containsString("slug: hwang-hyeon-sik"))
                .body("data.exportDataset", not(containsString("slug: postech")));
        String everything = GraphQL.as(Tokens.editor(), EXPORT).body("errors", nullValue())
                .body("data.exportDataset", containsString("key: dt-2024-08-telco-alliances"))
                .extract().path("data.exportDataset");
        String before = Database.fingerprint();
        GraphQL.as(Tokens.admin(), IMPORT, "doc", everything)
                .body("errors", nullValue())
                .body("data.importDataset.created", equalTo(0))
                .body("data.importDataset.updated", equalTo(0));
        assertEquals(before, Database.fingerprint(), "re-importing an export changes nothing");
    }
}

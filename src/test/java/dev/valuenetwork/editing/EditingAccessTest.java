package dev.valuenetwork.editing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.hasValue;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.anyOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuenetwork.support.Database;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.GraphQL;
import dev.valuenetwork.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every write checks access before anything else: no token is UNAUTHENTICATED, a token without
 * the role is FORBIDDEN, and neither writes anything. Reads stay open.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class EditingAccessTest {

    private static final String COMPANY = id("Company:sk-telecom");
    private static final String PERSON = id("Person:ryu-young-sang");
    private static final String ALLIANCE = id("Alliance:gtaa");
    private static final String PRODUCT = id("Product:telco-llm");
    private static final String SOURCE = id("Source:dt-2024-08-telco-alliances");
    private static final String EXECUTIVE = id("Executive:ryu-young-sang-sk-telecom-ceo");
    private static final String MEMBERSHIP = id("Membership:gtaa-sk-telecom");
    private static final String INVESTMENT = id("Investment:sk-telecom-anthropic");
    private static final String STATEMENT = id("Statement:ryu-young-sang-ai-golden-time");
    private static final String FIGURE = id("ReportedFigure:kt-hiring-plan-2024");

    /** Each mutation with arguments that parse; editor-level ones first, then admin-only ones. */
    private static Map<String, String> editorMutations() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("createCompany", "createCompany(input: {slug: \"x-co\", name: \"X\", kind: OTHER}) { id }");
        m.put("updateCompany", "updateCompany(input: {id: \"" + COMPANY + "\", version: 0, name: \"X\"}) { id }");
        m.put("createPerson", "createPerson(input: {slug: \"x-person\", name: \"X\"}) { id }");
        m.put("updatePerson", "updatePerson(input: {id: \"" + PERSON + "\", version: 0}) { id }");
        m.put("createAlliance", "createAlliance(input: {slug: \"x-alliance\", name: \"X\", kind: ALLIANCE, status: ACTIVE}) { id }");
        m.put("updateAlliance", "updateAlliance(input: {id: \"" + ALLIANCE + "\", version: 0}) { id }");
        m.put("createProduct", "createProduct(input: {slug: \"x-product\", name: \"X\", kind: PLATFORM, status: PLANNED, ownerId: \""
                + COMPANY + "\", sources: []}) { id }");
        m.put("updateProduct", "updateProduct(input: {id: \"" + PRODUCT + "\", version: 0}) { id }");
        m.put("createSource", "createSource(input: {title: \"X\", publisher: \"X\"}) { id }");
        m.put("updateSource", "updateSource(input: {id: \"" + SOURCE + "\", version: 0}) { id }");
        m.put("createExecutive", "createExecutive(input: {personId: \"" + PERSON + "\", companyId: \"" + COMPANY
                + "\", title: \"CTO\", sources: []}) { id }");
        m.put("updateExecutive", "updateExecutive(input: {id: \"" + EXECUTIVE + "\", version: 0}) { id }");
        m.put("joinAlliance", "joinAlliance(input: {allianceId: \"" + ALLIANCE + "\", companyId: \"" + COMPANY + "\", sources: []}) { id }");
        m.put("leaveAlliance", "leaveAlliance(input: {membershipId: \"" + MEMBERSHIP + "\", version: 0, until: \"2030\"}) { id }");
        m.put("updateMembership", "updateMembership(input: {id: \"" + MEMBERSHIP + "\", version: 0}) { id }");
        m.put("createInvestment", "createInvestment(input: {investorId: \"" + COMPANY + "\", investeeId: \"" + COMPANY
                + "\", sources: []}) { id }");
        m.put("updateInvestment", "updateInvestment(input: {id: \"" + INVESTMENT + "\", version: 0}) { id }");
        m.put("createStatement", "createStatement(input: {text: \"X\", language: \"en\", sources: []}) { id }");
        m.put("updateStatement", "updateStatement(input: {id: \"" + STATEMENT + "\", version: 0}) { id }");
        m.put("createFigure", "createFigure(input: {subjectId: \"" + COMPANY + "\", metric: \"subscribers\", value: \"1\","
                + " unit: \"subscriber\", qualifier: EXACT, sources: []}) { id }");
        m.put("updateFigure", "updateFigure(input: {id: \"" + FIGURE + "\", version: 0}) { id }");
        return m;
    }

    private static Map<String, String> adminMutations() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String[] d : new String[][] {{"deleteCompany", COMPANY}, {"deletePerson", PERSON}, {"deleteAlliance", ALLIANCE},
                {"deleteProduct", PRODUCT}, {"deleteSource", SOURCE}, {"deleteExecutive", EXECUTIVE},
                {"deleteMembership", MEMBERSHIP}, {"deleteInvestment", INVESTMENT}, {"deleteStatement", STATEMENT},
                {"deleteFigure", FIGURE}}) {
            m.put(d[0], d[0] + "(id: \"" + d[1] + "\") { deletedId }");
        }
        m.put("importDataset", "importDataset(document: \"companies: []\") { created }");
        return m;
    }

    @TestFactory
    Stream<DynamicTest> everyWriteNeedsAToken() {
        Map<String, String> all = new LinkedHashMap<>(editorMutations());
        all.putAll(adminMutations());
        return all.entrySet().stream().map(m -> DynamicTest.dynamicTest(m.getKey(), () -> {
            refused(null, m.getValue(), "UNAUTHENTICATED", 200);
            // A token that fails verification fails the whole request, as GitHub's API does.
            refused(Tokens.expired(), m.getValue(), "UNAUTHENTICATED", 401);
            refused(Tokens.foreign(), m.getValue(), "UNAUTHENTICATED", 401);
            refused(Tokens.reader(), m.getValue(), "FORBIDDEN", 200);
        }));
    }

    @TestFactory
    Stream<DynamicTest> deletesAndImportsNeedAnAdmin() {
        return adminMutations().entrySet().stream().map(m -> DynamicTest.dynamicTest(m.getKey(),
                () -> refused(Tokens.editor(), m.getValue(), "FORBIDDEN", 200)));
    }

    @Test
    void shouldKeepReadsOpenAndAdminQueriesClosed() {
        GraphQL.as(null, "{ company(slug: \"kt\") { name } }").body("data.company.name", equalTo("KT"));
        GraphQL.as(Tokens.editor(), "{ auditLog { totalCount } }").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.as(null, "{ exportDataset }").body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    private static void refused(String token, String mutation, String code, int status) {
        String before = Database.fingerprint();
        GraphQL.sendAs(token, "mutation { " + mutation + " }").statusCode(status)
                .body("errors[0].extensions.code", equalTo(code))
                .body("data", anyOf(nullValue(), not(hasValue(notNullValue())))); // the field, or the whole request, null
        assertEquals(before, Database.fingerprint(), "nothing written");
    }

    private static String id(String typeAndKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(typeAndKey.getBytes());
    }
}

package dev.valuenetwork.editing;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasValue;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
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
import org.junit.jupiter.api.TestFactory;

/**
 * The error codes every mutation shares, for every mutation: a stale version is CONFLICT, a record
 * that does not exist NOT_FOUND, an id that is not one INVALID_ARGUMENT, a taken slug or key
 * CONFLICT, a delete of something still referenced CONFLICT; and none of them writes anything.
 * (Access codes: EditingAccessTest. Each mutation's own rules: NodeMutationTest, FactMutationTest.)
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class MutationErrorsTest {

    private static final String ARTICLE = id("Source:dt-2024-08-telco-alliances");
    private static final String CITED = "sources: [{sourceId: \"" + ARTICLE + "\"}]";

    /** Each update on a seed record, with a placeholder for the version. */
    private static Map<String, String> updates() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("updateCompany", "updateCompany(input: {id: \"%s\", version: %d, name: \"X\"}) { id }|Company:sk-telecom");
        m.put("updatePerson", "updatePerson(input: {id: \"%s\", version: %d, name: \"X\"}) { id }|Person:ryu-young-sang");
        m.put("updateAlliance", "updateAlliance(input: {id: \"%s\", version: %d, name: \"X\"}) { id }|Alliance:gtaa");
        m.put("updateProduct", "updateProduct(input: {id: \"%s\", version: %d, name: \"X\"}) { id }|Product:telco-llm");
        m.put("updateSource", "updateSource(input: {id: \"%s\", version: %d, title: \"X\"}) { id }|Source:dt-2024-08-telco-alliances");
        m.put("updateExecutive", "updateExecutive(input: {id: \"%s\", version: %d, title: \"X\"}) { id }"
                + "|Executive:ryu-young-sang-sk-telecom-ceo");
        m.put("updateMembership", "updateMembership(input: {id: \"%s\", version: %d, role: \"X\"}) { id }|Membership:gtaa-sk-telecom");
        m.put("leaveAlliance", "leaveAlliance(input: {membershipId: \"%s\", version: %d, until: \"2030\"}) { id }"
                + "|Membership:gtaa-sk-telecom");
        m.put("updateInvestment", "updateInvestment(input: {id: \"%s\", version: %d, purpose: \"X\"}) { id }"
                + "|Investment:sk-telecom-anthropic");
        m.put("updateStatement", "updateStatement(input: {id: \"%s\", version: %d, place: \"X\"}) { id }"
                + "|Statement:ryu-young-sang-ai-golden-time");
        m.put("updateFigure", "updateFigure(input: {id: \"%s\", version: %d, note: \"X\"}) { id }|ReportedFigure:kt-hiring-plan-2024");
        return m;
    }

    /** The input field each create's missing reference is reported on. */
    private static final Map<String, String> MISSING_REFERENCE_ARGUMENT = Map.of("createCompany", "input.parentId",
            "createAlliance", "input.parentId", "createProduct", "input.ownerId", "createExecutive", "input.personId",
            "joinAlliance", "input.allianceId", "createInvestment", "input.investeeId", "createStatement", "input.speakerId",
            "createFigure", "input.subjectId");

    private static final String[][] DELETES = {{"deleteCompany", "Company"}, {"deletePerson", "Person"},
        {"deleteAlliance", "Alliance"}, {"deleteProduct", "Product"}, {"deleteSource", "Source"},
        {"deleteExecutive", "Executive"}, {"deleteMembership", "Membership"}, {"deleteInvestment", "Investment"},
        {"deleteStatement", "Statement"}, {"deleteFigure", "ReportedFigure"}};

    @TestFactory
    Stream<DynamicTest> everyUpdateRefusesAStaleVersion() {
        return updates().entrySet().stream().map(u -> DynamicTest.dynamicTest(u.getKey(), () -> {
            String[] parts = u.getValue().split("\\|");
            refused(Tokens.editor(), parts[0].formatted(id(parts[1]), 99), "CONFLICT")
                    .body("errors[0].extensions.currentVersion", notNullValue());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyUpdateAndDeleteOfAMissingRecordIsNotFound() {
        Stream<DynamicTest> updates = updates().entrySet().stream().map(u -> DynamicTest.dynamicTest(u.getKey(), () -> {
            String[] parts = u.getValue().split("\\|");
            String type = parts[1].substring(0, parts[1].indexOf(':'));
            refused(Tokens.editor(), parts[0].formatted(id(type + ":no-such-record"), 0), "NOT_FOUND");
        }));
        Stream<DynamicTest> deletes = Stream.of(DELETES).map(d -> DynamicTest.dynamicTest(d[0], () ->
                refused(Tokens.admin(), d[0] + "(id: \"" + id(d[1] + ":no-such-record") + "\") { deletedId }", "NOT_FOUND")));
        return Stream.concat(updates, deletes);
    }

    @TestFactory
    Stream<DynamicTest> everyMutationRefusesAnIdThatIsNotOne() {
        Stream<DynamicTest> updates = updates().entrySet().stream().map(u -> DynamicTest.dynamicTest(u.getKey(), () -> {
            String[] parts = u.getValue().split("\\|");
            refused(Tokens.editor(), parts[0].formatted("not-an-id", 0), "INVALID_ARGUMENT");
            // An id of another type is not an id of this one.
            refused(Tokens.editor(), parts[0].formatted(ARTICLE.equals(id(parts[1])) ? id("Company:kt") : ARTICLE, 0),
                    "INVALID_ARGUMENT");
        }));
        Stream<DynamicTest> deletes = Stream.of(DELETES).map(d -> DynamicTest.dynamicTest(d[0], () ->
                refused(Tokens.admin(), d[0] + "(id: \"not-an-id\") { deletedId }", "INVALID_ARGUMENT")));
        return Stream.concat(updates, deletes);
    }

    @TestFactory
    Stream<DynamicTest> everyCreateRefusesATakenSlugOrKeyAndAMissingReference() {
        String skt = id("Company:sk-telecom");
        String ryu = id("Person:ryu-young-sang");
        String gtaa = id("Alliance:gtaa");
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("createCompany", new String[] {"createCompany(input: {slug: \"kt\", name: \"X\", kind: OTHER}) { id }",
            "createCompany(input: {slug: \"x-co-orphan\", name: \"X\", kind: OTHER, parentId: \"" + id("Company:no-such") + "\"}) { id }"});
        m.put("createPerson", new String[] {"createPerson(input: {slug: \"sk-telecom\", name: \"X\"}) { id }", null});
        m.put("createAlliance", new String[] {"createAlliance(input: {slug: \"gtaa\", name: \"X\", kind: ALLIANCE, status: ACTIVE}) { id }",
            "createAlliance(input: {slug: \"x-al-orphan\", name: \"X\", kind: ALLIANCE, status: ACTIVE, parentId: \""
                + id("Alliance:no-such") + "\"}) { id }"});
        m.put("createProduct", new String[] {"createProduct(input: {slug: \"telco-llm\", name: \"X\", kind: PLATFORM, status: PLANNED,"
            + " ownerId: \"" + skt + "\", " + CITED + "}) { id }",
            "createProduct(input: {slug: \"x-pr-orphan\", name: \"X\", kind: PLATFORM, status: PLANNED, ownerId: \""
                + id("Company:no-such") + "\", " + CITED + "}) { id }"});
        m.put("createSource", new String[] {"createSource(input: {key: \"dt-2024-08-telco-alliances\", title: \"X\", publisher: \"X\"}) { id }",
            null});
        m.put("createExecutive", new String[] {"createExecutive(input: {key: \"ryu-young-sang-sk-telecom-ceo\", personId: \"" + ryu
            + "\", companyId: \"" + skt + "\", title: \"CTO\", " + CITED + "}) { id }",
            "createExecutive(input: {personId: \"" + id("Person:no-such") + "\", companyId: \"" + skt + "\", title: \"CTO\", "
                + CITED + "}) { id }"});
        m.put("joinAlliance", new String[] {"joinAlliance(input: {key: \"gtaa-sk-telecom\", allianceId: \"" + gtaa + "\", companyId: \""
            + id("Company:kt") + "\", " + CITED + "}) { id }",
            "joinAlliance(input: {allianceId: \"" + id("Alliance:no-such") + "\", companyId: \"" + skt + "\", " + CITED + "}) { id }"});
        m.put("createInvestment", new String[] {"createInvestment(input: {key: \"sk-telecom-anthropic\", investorId: \"" + skt
            + "\", investeeId: \"" + id("Company:kt") + "\", " + CITED + "}) { id }",
            "createInvestment(input: {investorId: \"" + skt + "\", investeeId: \"" + id("Company:no-such") + "\", " + CITED + "}) { id }"});
        m.put("createStatement", new String[] {"createStatement(input: {key: \"ryu-young-sang-ai-golden-time\", text: \"X\", language: \"en\", "
            + CITED + "}) { id }",
            "createStatement(input: {text: \"X\", language: \"en\", speakerId: \"" + id("Person:no-such") + "\", " + CITED + "}) { id }"});
        m.put("createFigure", new String[] {"createFigure(input: {key: \"kt-hiring-plan-2024\", subjectId: \"" + skt
            + "\", metric: \"subscribers\", value: \"1\", unit: \"subscriber\", qualifier: EXACT, " + CITED + "}) { id }",
            "createFigure(input: {subjectId: \"" + id("Company:no-such") + "\", metric: \"subscribers\", value: \"1\","
                + " unit: \"subscriber\", qualifier: EXACT, " + CITED + "}) { id }"});
        return m.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> {
            refused(Tokens.editor(), c.getValue()[0], "CONFLICT");
            if (c.getValue()[1] != null) {
                refused(Tokens.editor(), c.getValue()[1], "NOT_FOUND")
                        .body("errors[0].extensions.argument", equalTo(MISSING_REFERENCE_ARGUMENT.get(c.getKey())));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyDeleteOfSomethingStillReferencedSaysWhat() {
        return Stream.of(new String[][] {{"deleteCompany", "Company:sk-telecom"}, {"deletePerson", "Person:ryu-young-sang"},
            {"deleteAlliance", "Alliance:gtaa"}, {"deleteSource", "Source:dt-2024-08-telco-alliances"}})
                .map(d -> DynamicTest.dynamicTest(d[0], () ->
                        refused(Tokens.admin(), d[0] + "(id: \"" + id(d[1]) + "\") { deletedId }", "CONFLICT")
                                .body("errors[0].extensions.references", notNullValue())));
    }

    private static io.restassured.response.ValidatableResponse refused(String token, String mutation, String code) {
        String before = Database.fingerprint();
        io.restassured.response.ValidatableResponse response = GraphQL.sendAs(token, "mutation { " + mutation + " }")
                .body("errors[0].extensions.code", equalTo(code))
                .body("data", anyOf(nullValue(), not(hasValue(notNullValue()))));
        assertEquals(before, Database.fingerprint(), "nothing written");
        return response;
    }

    private static String id(String typeAndKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(typeAndKey.getBytes());
    }
}

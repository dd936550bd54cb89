package dev.valuenetwork.editing;

import static dev.valuenetwork.editing.NodeMutationTest.ARTICLE;
import static dev.valuenetwork.editing.NodeMutationTest.createCompany;
import static dev.valuenetwork.editing.NodeMutationTest.invalid;
import static dev.valuenetwork.editing.NodeMutationTest.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuenetwork.support.Database;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.Fixtures;
import dev.valuenetwork.support.GraphQL;
import dev.valuenetwork.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Roles, memberships, investments, statements and figures: success and each error, nothing written on error. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class FactMutationTest {

    private static final List<Map<String, Object>> CITED = List.of(Map.of("sourceId", ARTICLE, "excerpt", "test"));
    private static final String JOIN = "mutation($in: JoinAllianceInput!) { joinAlliance(input: $in) { id since until version company { slug } } }";
    private static final String LEAVE = "mutation($in: LeaveAllianceInput!) { leaveAlliance(input: $in) { until version sources { title } } }";
    private static final String INVEST = "mutation($in: CreateInvestmentInput!) { createInvestment(input: $in) { id amount { amount currency } version } }";

    @Test
    void shouldJoinAndLeaveAnAllianceAndRefuseADuplicateMembership() {
        String company = createCompany(unique("joiner"));
        String alliance = Fixtures.alliance(unique("club"));
        String membership = GraphQL.as(Tokens.editor(), JOIN, "in", Map.of("allianceId", alliance, "companyId", company,
                "role", "member", "since", "2025-03", "sources", CITED))
                .body("errors", nullValue()).body("data.joinAlliance.since", equalTo("2025-03"))
                .extract().path("data.joinAlliance.id");
        String before = Database.fingerprint();
        GraphQL.as(Tokens.editor(), JOIN, "in", Map.of("allianceId", alliance, "companyId", company, "since", "2025-06", "sources", CITED))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", equalTo("The company is already a member of that alliance over that period."));
        invalid(JOIN, Map.of("allianceId", alliance, "companyId", company, "sources", List.of()), "input.sources");
        invalid(LEAVE, Map.of("membershipId", membership, "version", 0, "until", "2024"), "input.until");
        assertEquals(before, Database.fingerprint());
        GraphQL.as(Tokens.editor(), LEAVE, "in", Map.of("membershipId", membership, "version", 0, "until", "2026-02"))
                .body("errors", nullValue()).body("data.leaveAlliance.until", equalTo("2026-02"))
                .body("data.leaveAlliance.version", equalTo(1));
        // Having left, it may join again.
        GraphQL.as(Tokens.editor(), JOIN, "in", Map.of("allianceId", alliance, "companyId", company, "since", "2026-06", "sources", CITED))
                .body("errors", nullValue());
        GraphQL.as(Tokens.editor(), "mutation($in: UpdateMembershipInput!) { updateMembership(input: $in) { role } }",
                "in", Map.of("id", membership, "version", 1, "role", "observer")).body("data.updateMembership.role", equalTo("observer"));
        GraphQL.as(Tokens.admin(), "mutation($id: ID!) { deleteMembership(id: $id) { deletedId } }", "id", membership)
                .body("data.deleteMembership.deletedId", equalTo(membership));
    }

    @Test
    void shouldRecordInvestmentsAndRefuseBadOnes() {
        String investor = createCompany(unique("investor"));
        String investee = createCompany(unique("investee"));
        invalid(INVEST, Map.of("investorId", investor, "investeeId", investor, "sources", CITED), "input.investeeId");
        invalid(INVEST, Map.of("investorId", investor, "investeeId", investee, "amount", Map.of("amount", "-5", "currency", "USD"),
                "sources", CITED), "input.amount.amount");
        invalid(INVEST, Map.of("investorId", investor, "investeeId", investee, "amount", Map.of("amount", "5", "currency", "usd"),
                "sources", CITED), "input.amount.currency");
        String before = Database.fingerprint();
        GraphQL.sendAs(Tokens.editor(), INVEST, "in", Map.of("investorId", investor, "investeeId", investee, "sources", CITED,
                "announcedOn", "2024-02-30")).statusCode(400).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        assertEquals(before, Database.fingerprint());
        String id = GraphQL.as(Tokens.editor(), INVEST, "in", Map.of("investorId", investor, "investeeId", investee,
                "amount", Map.of("amount", "1500000.50", "currency", "USD"), "announcedOn", "2025-07", "purpose", "Seed round",
                "sources", CITED))
                .body("errors", nullValue()).body("data.createInvestment.amount.amount", equalTo("1500000.5"))
                .extract().path("data.createInvestment.id");
        GraphQL.as(Tokens.editor(), "mutation($in: UpdateInvestmentInput!) { updateInvestment(input: $in) { amount { amount } version } }",
                "in", Map.of("id", id, "version", 0, "clear", List.of("amount")))
                .body("data.updateInvestment.amount", nullValue()).body("data.updateInvestment.version", equalTo(1));
        GraphQL.as(Tokens.admin(), "mutation($id: ID!) { deleteInvestment(id: $id) { deletedId } }", "id", id)
                .body("data.deleteInvestment.deletedId", equalTo(id));
    }

    @Test
    void shouldRecordRolesStatementsAndFigures() {
        String company = createCompany(unique("speaker-co"));
        String person = GraphQL.as(Tokens.editor(), "mutation($in: CreatePersonInput!) { createPerson(input: $in) { id } }",
                "in", Map.of("slug", unique("speaker"), "name", "Lee Speaker")).extract().path("data.createPerson.id");
        String create = "mutation($in: CreateExecutiveInput!) { createExecutive(input: $in) { id title since } }";
        invalid(create, Map.of("personId", person, "companyId", company, "title", "CEO", "since", "2025", "until", "2024",
                "sources", CITED), "input.until");
        String role = GraphQL.as(Tokens.editor(), create, "in", Map.of("personId", person, "companyId", company, "title", "CEO",
                "since", "2025", "sources", CITED)).body("errors", nullValue()).extract().path("data.createExecutive.id");
        GraphQL.as(Tokens.editor(), "mutation($in: UpdateExecutiveInput!) { updateExecutive(input: $in) { until } }",
                "in", Map.of("id", role, "version", 0, "until", "2026")).body("data.updateExecutive.until", equalTo("2026"));
        String say = "mutation($in: CreateStatementInput!) { createStatement(input: $in) { id text speaker { slug } } }";
        invalid(say, Map.of("text", "Quote", "language", "ko", "sources", CITED), "input");
        invalid(say, Map.of("text", "Quote", "language", "korean", "speakerId", person, "sources", CITED), "input.language");
        String statement = GraphQL.as(Tokens.editor(), say, "in", Map.of("text", "협력이 중요하다", "language", "ko",
                "translation", "Cooperation matters", "speakerId", person, "companyId", company, "saidOn", "2026-11", "sources", CITED))
                .body("errors", nullValue()).extract().path("data.createStatement.id");
        GraphQL.post("{ search(text: \"협력이\", kinds: [STATEMENT]) { node { id } } }").body("data.search.node.id", hasItem(statement));
        GraphQL.as(Tokens.editor(), "mutation($in: UpdateStatementInput!) { updateStatement(input: $in) { place } }",
                "in", Map.of("id", statement, "version", 0, "place", "Seoul")).body("data.updateStatement.place", equalTo("Seoul"));
        String report = "mutation($in: CreateFigureInput!) { createFigure(input: $in) { id value subject { __typename } } }";
        invalid(report, Map.of("subjectId", company, "metric", "happiness", "value", "3", "unit", "person", "qualifier", "EXACT",
                "sources", CITED), "input.metric");
        invalid(report, Map.of("subjectId", company, "metric", "subscribers", "value", "3", "unit", "smiles", "qualifier", "EXACT",
                "sources", CITED), "input.unit");
        String figure = GraphQL.as(Tokens.editor(), report, "in", Map.of("subjectId", company, "metric", "subscribers",
                "value", "1200000", "unit", "subscriber", "qualifier", "ABOUT", "asOf", "2026", "sources", CITED))
                .body("errors", nullValue()).body("data.createFigure.subject.__typename", equalTo("Company"))
                .extract().path("data.createFigure.id");
        GraphQL.as(Tokens.editor(), "mutation($in: UpdateFigureInput!) { updateFigure(input: $in) { value } }",
                "in", Map.of("id", figure, "version", 0, "value", "1300000")).body("data.updateFigure.value", equalTo("1300000"));
        for (String[] delete : new String[][] {{"deleteFigure", figure}, {"deleteStatement", statement}, {"deleteExecutive", role}}) {
            GraphQL.as(Tokens.admin(), "mutation($id: ID!) { " + delete[0] + "(id: $id) { deletedId } }", "id", delete[1])
                    .body("data." + delete[0] + ".deletedId", equalTo(delete[1]));
        }
    }
}

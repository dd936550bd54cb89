package dev.valuenetwork.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuenetwork.company.CompanyEntity;
import dev.valuenetwork.company.CompanyRecord;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.SyntheticNetwork;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DatasetImportTest {

    @Inject
    DatasetImporter importer;

    @Inject
    DatasetReader reader;

    @Test
    void shouldImportIdempotentlyByStableKey() {
        Dataset network = SyntheticNetwork.of("idem", 6);
        ImportResult first = importer.importDataset(network, "test", m -> { });
        assertEquals(network.size(), first.created());
        ImportResult second = importer.importDataset(network, "test", m -> { });
        assertEquals(0, second.created());
        assertEquals(0, second.updated());
        assertEquals(network.size(), second.unchanged());
    }

    @Test
    void shouldCountAChangedRecordAsUpdated() {
        importer.importDataset(SyntheticNetwork.of("upd", 4), "test", m -> { });
        CompanyRecord renamed = new CompanyRecord("upd-co-001", "Renamed Company", "새 이름", List.of("RC"),
                "AI_STARTUP", "US", "changed", null, null, List.of());
        ImportResult result = importer.importDataset(Dataset.empty().plus(Dataset.of(List.of(renamed))), "test", m -> { });
        assertEquals(1, result.updated());
        CompanyEntity stored = QuarkusTransaction.requiringNew().call(() -> CompanyEntity.find("slug", "upd-co-001").firstResult());
        assertEquals("Renamed Company", stored.name);
        assertEquals("test", stored.updatedBy);
        assertTrue(stored.version > 0, "an update bumps the version");
    }

    @Test
    void shouldReportEveryProblemWithItsLocationAndWriteNothing() {
        String yaml = """
                companies:
                  - slug: Bad Slug
                    name: Bad
                    kind: TELCO
                  - slug: ok-company
                    name: Fine
                    kind: SPACESHIP
                    country: XX
                    parent: no-such-parent
                investments:
                  - key: self-love
                    investor: ok-company
                    investee: ok-company
                    amount: -5
                    currency: usd
                    announcedOn: "2024-13"
                figures:
                  - key: no-source
                    company: ok-company
                    metric: happiness
                    value: 3
                    unit: smiles
                    qualifier: EXACT
                """;
        long before = count();
        InvalidDatasetException invalid = assertThrows(InvalidDatasetException.class,
                () -> importer.importDataset(reader.read("bad.yaml", yaml), "test", m -> { }));
        List<String> problems = invalid.problems().stream().map(DatasetProblem::toString).toList();
        List<String> expected = List.of(
                "companies[0] (Bad Slug).slug", "companies[1] (ok-company).kind", "companies[1] (ok-company).country",
                "companies[1] (ok-company).parent", "investments[0] (self-love).investee", "investments[0] (self-love).amount",
                "investments[0] (self-love).currency", "investments[0] (self-love).announcedOn",
                "investments[0] (self-love).citations", "figures[0] (no-source).metric", "figures[0] (no-source).unit",
                "figures[0] (no-source).citations");
        for (String location : expected) {
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(location + ":")), location + " missing from " + problems);
        }
        assertEquals(before, count(), "nothing of an invalid dataset is written");
    }

    @Test
    void shouldLocateSyntaxErrorsAndUnknownFields() {
        InvalidDatasetException unknown = assertThrows(InvalidDatasetException.class,
                () -> reader.read("typo.yaml", "companies:\n  - slug: x\n    nmae: X\n"));
        String problem = unknown.problems().get(0).toString();
        assertTrue(problem.startsWith("typo.yaml: line "), problem);
        assertTrue(problem.endsWith("(companies[0].nmae): unknown field 'nmae'"), problem);
        InvalidDatasetException syntax = assertThrows(InvalidDatasetException.class,
                () -> reader.read("broken.yaml", "companies: [ { slug: x\n"));
        assertTrue(syntax.problems().get(0).toString().startsWith("broken.yaml: line"), syntax.problems().toString());
    }

    private static long count() {
        return QuarkusTransaction.requiringNew().call(() -> CompanyEntity.count());
    }
}

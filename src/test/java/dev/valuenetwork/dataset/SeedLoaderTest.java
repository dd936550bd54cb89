package dev.valuenetwork.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuenetwork.company.CompanyEntity;
import dev.valuenetwork.figure.FigureEntity;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The seed loads once per version of its files; edits and deletions made since then stick. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SeedLoaderTest {

    @Inject
    SeedLoader seed;

    @Test
    void shouldRecordTheLoadedVersionOnce() {
        seed.loadIfNew();
        seed.loadIfNew();
        long versions = QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM dataset_load WHERE name = 'seed'").getSingleResult()).longValue());
        assertEquals(1, versions);
    }

    @Test
    void shouldKeepEditsAndDeletionsMadeAfterLoading() {
        QuarkusTransaction.requiringNew().run(() -> {
            CompanyEntity kaist = CompanyEntity.find("slug", "kaist").firstResult();
            kaist.description = "Edited by an editor";
            FigureEntity.delete("key", "kt-hiring-plan-2024");
        });
        try {
            seed.loadIfNew();
            QuarkusTransaction.requiringNew().run(() -> {
                assertEquals("Edited by an editor", CompanyEntity.<CompanyEntity>find("slug", "kaist").firstResult().description);
                assertEquals(0, FigureEntity.count("key", "kt-hiring-plan-2024"));
            });
        } finally {
            // Put the seed back for the other tests: a forced re-import restores both rows.
            QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                    .createNativeQuery("DELETE FROM dataset_load WHERE name = 'seed'").executeUpdate());
            seed.loadIfNew();
        }
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1, FigureEntity.count("key", "kt-hiring-plan-2024")));
    }
}

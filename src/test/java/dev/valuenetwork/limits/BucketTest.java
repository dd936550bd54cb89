package dev.valuenetwork.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.valuenetwork.common.ratelimit.ClientBudgets;
import io.quarkus.test.junit.QuarkusTest;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The bucket itself, with the default settings: concurrency is capped per client, and charges are clamped. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class BucketTest {

    @Inject
    ClientBudgets budgets;

    @Test
    void aClientMayRunOnlySoManyRequestsAtOnce() {
        String client = "test:" + System.nanoTime();
        ClientBudgets.Admitted[] running = new ClientBudgets.Admitted[100];
        for (int i = 0; i < running.length; i++) {
            running[i] = assertInstanceOf(ClientBudgets.Admitted.class, budgets.admit(client, 1));
        }
        ClientBudgets.Refused refused = assertInstanceOf(ClientBudgets.Refused.class, budgets.admit(client, 1));
        assertEquals(true, refused.concurrent());
        running[0].release();
        assertInstanceOf(ClientBudgets.Admitted.class, budgets.admit(client, 1));
    }

    @Test
    void aDocumentDearerThanAFullBucketTakesTheWholeBucket() {
        String client = "test:" + System.nanoTime();
        ClientBudgets.Admitted admitted = assertInstanceOf(ClientBudgets.Admitted.class, budgets.admit(client, 50_000_000));
        assertEquals(0, admitted.status().currentlyAvailable());
        admitted.release();
        ClientBudgets.Refused refused = assertInstanceOf(ClientBudgets.Refused.class, budgets.admit(client, 10_000_000));
        assertEquals(20, refused.retryAfterSeconds()); // 10,000,000 at 500,000 a second
    }
}

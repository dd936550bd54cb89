package dev.valuenetwork.common.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The first thing the service does once Quarkus is up: wait for the embedded PostgreSQL (started
 * beside the boot, {@link EmbeddedDatabase#startUnlessExternal()}), then bring the schema up to
 * date. Flyway runs only when {@link Migrations} finds a migration the database has not applied
 * exactly as shipped; on an ordinary restart one query replaces Flyway's start-up (a quarter of
 * a warm start with the AOT cache). Every observer that needs the database runs after this one.
 *
 * <p>Quarkus' own Flyway stays inactive, as building it cost a twentieth of a warm start even with
 * nothing to do; the Kubernetes migration Job turns it on ({@code QUARKUS_FLYWAY_ACTIVE=true})
 * and the manifests set {@code valuenetwork.schema.migrate-at-start=false}, so there Quarkus
 * migrates in the Job and the replicas never do.
 */
@ApplicationScoped
public class SchemaAtStart {

    private static final Logger LOG = Logger.getLogger(SchemaAtStart.class);

    @Inject
    AgroalDataSource dataSource;

    /** False where another process migrates: the Kubernetes replicas and their migration Job. */
    @ConfigProperty(name = "valuenetwork.schema.migrate-at-start", defaultValue = "true")
    boolean migrate;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        EmbeddedDatabase.awaitReady();
        if (!migrate) {
            LOG.debug("Schema migrations are left to another process (valuenetwork.schema.migrate-at-start=false)");
            return;
        }
        if (Migrations.upToDate(dataSource)) {
            LOG.debug("Schema is up to date; Flyway not started");
            return;
        }
        Migrations.flyway(dataSource).migrate();
    }
}

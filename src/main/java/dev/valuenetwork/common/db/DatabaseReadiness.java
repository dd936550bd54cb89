package dev.valuenetwork.common.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Readiness: whether the database answers. Anyone may ask, so the answer says UP or DOWN and no
 * more (Quarkus' own check quotes the driver's error, which names the database host and port);
 * the reason goes to the log, and to the response only with
 * {@code valuenetwork.health.show-details=true}.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class);

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "valuenetwork.health.show-details", defaultValue = "false")
    boolean showDetails;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(3);
            statement.execute("SELECT 1");
            return response.up().build();
        } catch (SQLException e) {
            LOG.warnf("Not ready: the database does not answer (%s)", e.getMessage());
            if (showDetails) {
                response.withData("reason", e.getMessage());
            }
            return response.down().build();
        }
    }
}

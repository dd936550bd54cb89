package dev.valuenetwork.live;

import dev.valuenetwork.dataset.NetworkEventKind;
import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.metrics.ServiceMetrics;
import dev.valuenetwork.dataset.ChangeLog;
import dev.valuenetwork.dataset.ChangeNotice;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens for change notifications on the database and fans them out to subscribers. Changes
 * reach it through PostgreSQL, never directly from the writer, so a change made through any
 * instance on the same database reaches the subscribers of every instance. It holds its own
 * connection (LISTEN is per session) outside the pool, and reconnects when it is lost.
 */
@ApplicationScoped
public class ChangeListener {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    /** Events a subscriber may fall behind by before its stream fails; others are not slowed. */
    static final int SUBSCRIBER_BUFFER = 1024;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private final BroadcastProcessor<NetworkEvent> events = BroadcastProcessor.create();
    private volatile boolean running;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        metrics.gauge("graphql.subscriptions.live", "Open networkChanged subscriptions on this instance", subscribers::get);
        running = true;
        thread = new Thread(this::listen, "network-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private final AtomicInteger subscribers = new AtomicInteger();

    @Inject
    ServiceMetrics metrics;

    /** The events, each subscriber with its own bounded buffer. */
    public Multi<NetworkEvent> stream() {
        return events.onOverflow().buffer(SUBSCRIBER_BUFFER)
                .onSubscription().invoke(subscribers::incrementAndGet)
                .onTermination().invoke(subscribers::decrementAndGet);
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username.orElse(null), password.orElse(null));
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + ChangeLog.CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            publish(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("Change listener lost its connection (%s); reconnecting", e.getSQLState());
                    pause();
                }
            }
        }
    }

    private void publish(String payload) {
        try {
            ChangeNotice change = ChangeNotice.parse(payload);
            events.onNext(new NetworkEvent(change.kind(),
                    change.type() == null ? null : GlobalId.of(change.type(), change.key()), change.summary(), change.actor(),
                    OffsetDateTime.parse(change.at()), change.type(), change.key(), change.involved(), change.sources()));
        } catch (Exception e) {
            LOG.warnf("Ignoring a change notification that could not be read: %s", e.getMessage());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

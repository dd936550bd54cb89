package dev.valuenetwork;

import dev.valuenetwork.common.db.EmbeddedDatabase;
import dev.valuenetwork.dataset.DatasetCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the packaged service. Quarkus reads the datasource URL while it boots, so the
 * embedded PostgreSQL has to be running (and its URL published as system properties) before
 * {@link Quarkus#run} is called. With an external database configured nothing is started here.
 */
@QuarkusMain
public final class ValueNetworkMain {

    private ValueNetworkMain() {
    }

    public static void main(String... args) {
        try {
            EmbeddedDatabase.startUnlessExternal();
        } catch (IllegalStateException e) {
            // A clear sentence, not a stack trace: this is an operator's mistake, not a bug.
            System.err.println("value-network cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        // Quarkus ends the JVM itself when it stops; the database's shutdown hook then stops
        // PostgreSQL once the application is down.
        if (args.length > 0 && (args[0].equals("import") || args[0].equals("export"))) {
            System.setProperty("quarkus.http.host-enabled", "false");
            Quarkus.run(DatasetCommand.class, args);
        } else {
            Quarkus.run(args);
        }
    }
}

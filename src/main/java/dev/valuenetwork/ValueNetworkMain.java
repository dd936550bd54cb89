package dev.valuenetwork;

import dev.valuenetwork.common.db.EmbeddedDatabase;
import dev.valuenetwork.dataset.CommandLine;
import dev.valuenetwork.dataset.DatasetCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the packaged service. Quarkus reads the datasource URL while it boots, so the
 * embedded PostgreSQL's URL is published as system properties before {@link Quarkus#run} is
 * called; the server itself starts beside Quarkus' boot. With an external database configured
 * nothing is started here.
 */
@QuarkusMain
public final class ValueNetworkMain {

    ValueNetworkMain() {
        // package-private: Quarkus makes the main class a bean, and a private constructor is a warning at every start
    }

    public static void main(String... args) {
        CommandLine command = CommandLine.parse(args);
        if (command != null && command.problem() != null) {
            // Before any start-up work: a mistyped file name is told at once, not after the boot.
            System.err.println(command.problem());
            System.exit(command.exitCode());
            return;
        }
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
        if (command != null) {
            // A command prints its own result; the service's start-up log is not its output.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.log.console.level", "WARN");
            Quarkus.run(DatasetCommand.class, args);
        } else {
            Quarkus.run(args);
        }
    }
}

package dev.valuenetwork.dataset;

import dev.valuenetwork.common.error.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The jar's command-line mode: {@code import FILE} and {@code export FILE [--company SLUG]}, on the
 * same database as the service. It prints to the terminal: that is its interface.
 */
public class DatasetCommand implements QuarkusApplication {

    @Inject
    DatasetImporter importer;
    @Inject
    DatasetExporter exporter;

    @Inject
    DatasetReader reader;

    @ConfigProperty(name = "valuenetwork.dataset.import-timeout-seconds", defaultValue = "3600")
    int importTimeoutSeconds;

    @Override
    public int run(String... args) {
        CommandLine command = CommandLine.parse(args);
        if (command == null || command.problem() != null) {
            out().println(command == null ? CommandLine.USAGE : command.problem());
            return command == null ? 2 : command.exitCode();
        }
        try {
            return command.action().equals("import") ? importFile(command.file())
                    : exportFile(command.file(), command.company());
        } catch (IOException e) {
            // checked before the start, but a file can vanish or lose its permissions meanwhile
            out().println("Cannot use " + command.file() + ": " + (e instanceof NoSuchFileException ? "there is no such file"
                    : e instanceof AccessDeniedException ? "permission denied" : "it cannot be read or written"));
            return 1;
        }
    }

    private int exportFile(Path file, String company) throws IOException {
        try {
            Files.writeString(file, exporter.export(company), StandardCharsets.UTF_8);
        } catch (ApiException unknownCompany) {
            out().println(unknownCompany.getMessage());
            return 1;
        }
        out().println("Exported " + (company == null ? "the network" : company + "'s neighbourhood") + " to " + file);
        return 0;
    }

    private int importFile(Path file) throws IOException {
        long start = System.nanoTime();
        out().println("Reading " + file);
        try {
            Dataset dataset = reader.read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            out().println("Checking and importing " + dataset.size() + " records");
            // One transaction for the whole file, however long it takes: a bulk file is all or nothing.
            ImportResult result = QuarkusTransaction.requiringNew().timeout(importTimeoutSeconds).call(() ->
                    importer.importDataset(dataset, "cli:" + System.getProperty("user.name"), out()::println));
            out().printf("Imported in %d ms: %d created, %d updated, %d unchanged%n", (System.nanoTime() - start) / 1_000_000,
                    result.created(), result.updated(), result.unchanged());
            result.lists().stream().filter(l -> l.created() + l.updated() + l.unchanged() > 0).forEach(l -> out().printf(
                    "  %-14s %7d created %7d updated %7d unchanged%n", l.list(), l.created(), l.updated(), l.unchanged()));
            return 0;
        } catch (InvalidDatasetException invalid) {
            out().println(invalid.problems().size() + " problem(s); nothing was imported:");
            invalid.problems().forEach(p -> out().println("  " + p));
            return 1;
        }
    }

    /** The console of this run, read when used: a static field would hold the native build's own stream. */
    private static PrintStream out() {
        return System.out;
    }
}

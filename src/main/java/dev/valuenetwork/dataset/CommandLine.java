package dev.valuenetwork.dataset;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The jar's command line ({@code import FILE}, {@code export FILE [--company SLUG]}), checked
 * before anything starts: the database, the migrations and the seed take seconds, and a missing
 * file should not wait for them.
 *
 * @param problem what is wrong with the arguments, or null when the command can run
 * @param exitCode the exit code for that problem (1 a file, 2 the usage)
 */
public record CommandLine(String action, Path file, String company, String problem, int exitCode) {

    static final String USAGE = "usage: java -jar quarkus-run.jar import FILE | export FILE [--company SLUG]";

    /** The command of these arguments, or null when they name none (the service runs). */
    public static CommandLine parse(String... args) {
        if (args.length == 0 || !(args[0].equals("import") || args[0].equals("export"))) {
            return null;
        }
        String action = args[0];
        boolean export = action.equals("export");
        boolean wellFormed = args.length == 2 || export && args.length == 4 && args[2].equals("--company");
        if (!wellFormed) {
            return new CommandLine(action, null, null, USAGE, 2);
        }
        Path file = Path.of(args[1]);
        String company = args.length == 4 ? args[3] : null;
        return new CommandLine(action, file, company, export ? writable(file) : readable(file), 1);
    }

    private static String readable(Path file) {
        if (!Files.exists(file)) {
            return "Cannot use " + file + ": there is no such file";
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return "Cannot use " + file + ": it is not a readable file";
        }
        return null;
    }

    private static String writable(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return "Cannot use " + file + ": there is no folder " + folder;
        }
        if (Files.isDirectory(file) || !Files.isWritable(Files.exists(file) ? file : folder)) {
            return "Cannot use " + file + ": permission denied";
        }
        return null;
    }
}

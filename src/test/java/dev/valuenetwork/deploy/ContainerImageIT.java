package dev.valuenetwork.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.Port;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.ServiceJar;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The container image, built with Jib into a tar file (target/value-network-image.tar), with no
 * daemon and no registry: none is reachable on the machines this project is built on, so the
 * base is empty ("scratch") and the image carries its own runtime, a jlink'ed Java (the build's) with the
 * system libraries it links against, plus the packaged application in /deployments. The test then
 * unpacks the image's layers and runs its Java inside them (a chroot in a user namespace), which
 * proves the image is complete. In a connected pipeline, a registry base image (a Temurin JRE) and
 * a push would replace the first layer; the application layer stays the same.
 */
class ContainerImageIT {

    static final Path TAR = Path.of("target", "value-network-image.tar");
    private static final List<String> MODULES = List.of("java.base", "java.compiler", "java.desktop", "java.instrument",
            "java.logging", "java.management", "java.naming", "java.net.http", "java.prefs", "java.rmi", "java.scripting",
            "java.security.jgss", "java.security.sasl", "java.sql", "java.transaction.xa", "java.xml", "jdk.crypto.ec",
            "jdk.jfr", "jdk.management", "jdk.naming.dns", "jdk.net", "jdk.unsupported", "jdk.zipfs");

    @Test
    void theImageIsBuiltWithoutADaemonAndItsJavaRuns() throws Exception {
        Assumptions.assumeTrue(ServiceJar.nativeBinary() == null, "a JVM image; the native build makes none");
        Path work = Files.createDirectories(Path.of("target", "image-build"));
        Path jre = work.resolve("jre");
        deleteRecursively(jre);
        run(List.of(Path.of(System.getProperty("java.home"), "bin", "jlink").toString(), "--add-modules", String.join(",", MODULES),
                "--strip-debug", "--no-man-pages", "--no-header-files", "--compress=2", "--output", jre.toString()));

        FileEntriesLayer.Builder runtime = FileEntriesLayer.builder().setName("runtime");
        addTree(runtime, jre, AbsoluteUnixPath.get("/opt/java"));
        for (String library : sharedLibraries(jre)) {
            Path file = Path.of(library);
            runtime.addEntry(file.toRealPath(), AbsoluteUnixPath.get(library), FilePermissions.fromOctalString("755"));
        }
        Path etc = Files.createDirectories(work.resolve("etc"));
        Files.writeString(etc.resolve("passwd"), "root:x:0:0:root:/:/sbin/nologin\njboss:x:185:0:app:/deployments:/sbin/nologin\n");
        Files.writeString(etc.resolve("group"), "root:x:0:\n");
        runtime.addEntry(etc.resolve("passwd"), AbsoluteUnixPath.get("/etc/passwd"));
        runtime.addEntry(etc.resolve("group"), AbsoluteUnixPath.get("/etc/group"));
        Path empty = Files.createDirectories(work.resolve("empty"));
        runtime.addEntry(empty, AbsoluteUnixPath.get("/tmp"), FilePermissions.fromOctalString("777"));

        FileEntriesLayer.Builder application = FileEntriesLayer.builder().setName("application");
        addTree(application, Path.of("target", "quarkus-app"), AbsoluteUnixPath.get("/deployments"));

        JibContainer container = Jib.fromScratch()
                .addFileEntriesLayer(runtime.build())
                .addFileEntriesLayer(application.build())
                .setEnvironment(Map.of("JAVA_HOME", "/opt/java", "PATH", "/opt/java/bin:/usr/bin:/bin"))
                .setWorkingDirectory(AbsoluteUnixPath.get("/deployments"))
                .setEntrypoint("/opt/java/bin/java", "-XX:MaxRAMPercentage=50", "-Djava.io.tmpdir=/tmp",
                        "-jar", "/deployments/quarkus-run.jar")
                .setExposedPorts(Set.of(Port.tcp(8080)))
                .setUser("185")
                .containerize(Containerizer.to(TarImage.at(TAR.toAbsolutePath()).named("value-network:latest")));
        assertTrue(Files.size(TAR) > 20_000_000, "the image holds a runtime and the application");

        // Unpack the image as a runtime would, and run its Java in it.
        Path rootfs = work.resolve("rootfs");
        deleteRecursively(rootfs);
        Files.createDirectories(rootfs);
        Path unpacked = Files.createDirectories(work.resolve("tar"));
        run(List.of("tar", "-xf", TAR.toAbsolutePath().toString(), "-C", unpacked.toString()));
        JsonNode manifest = new ObjectMapper().readTree(unpacked.resolve("manifest.json").toFile()).get(0);
        assertEquals("value-network:latest", manifest.path("RepoTags").path(0).asText());
        assertEquals(2, manifest.path("Layers").size());
        for (JsonNode layer : manifest.path("Layers")) {
            run(List.of("tar", "-xzf", unpacked.resolve(layer.asText()).toString(), "-C", rootfs.toString()));
        }
        // What a runtime reads from the image's config: the entrypoint (and the environment).
        JsonNode config = new ObjectMapper().readTree(unpacked.resolve(manifest.path("Config").asText()).toFile()).path("config");
        List<String> entrypoint = new java.util.ArrayList<>();
        config.path("Entrypoint").forEach(part -> entrypoint.add(part.asText()));
        assertEquals("/opt/java/bin/java", entrypoint.get(0));
        assertEquals("185", config.path("User").asText());

        // A container has /proc and /dev; the chroot gets them through its own mount namespace.
        Files.createDirectories(rootfs.resolve("proc"));
        Files.createDirectories(rootfs.resolve("dev"));
        Files.createFile(rootfs.resolve("dev/urandom"));
        String version = inImage(rootfs, "/opt/java/bin/java", "-version");
        // the image carries the Java the build ran on (17, or 25 for the AOT cache, which must match it)
        assertTrue(version.contains("version \"" + Runtime.version().feature() + "."), version);

        // The image's entrypoint serves the API against a database.
        int port = ServiceJar.freePort();
        String url = EmbeddedPostgresResource.createDatabase("image_check");
        ProcessBuilder serve = new ProcessBuilder("unshare", "-r", "-m", "-p", "-f", "--mount-proc=" + rootfs.toAbsolutePath().resolve("proc"),
                "sh", "-c", "mount --bind /dev/urandom " + rootfs.toAbsolutePath().resolve("dev/urandom") + " && exec chroot "
                        + rootfs.toAbsolutePath() + " " + String.join(" ", entrypoint))
                .redirectErrorStream(true).redirectOutput(work.resolve("image-service.log").toFile());
        serve.environment().putAll(Map.of("QUARKUS_DATASOURCE_JDBC_URL", url, "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_HTTP_PORT", String.valueOf(port)));
        Process service = serve.start();
        try {
            ServiceJar.awaitReady(port, service);
            String answer = ServiceJar.post(port, "{\"query\":\"{ company(slug: \\\"sk-telecom\\\") { name } }\"}", null);
            assertTrue(answer.contains("SK Telecom"), answer);
        } finally {
            service.descendants().forEach(ProcessHandle::destroy);
            service.destroy();
            service.waitFor(60, TimeUnit.SECONDS);
        }
        System.out.printf("[image] %s: %d MB, digest %s; its Java: %s; its entrypoint answered a GraphQL query%n", TAR,
                Files.size(TAR) / 1_000_000, container.getDigest(), version.lines().findFirst().orElse(""));
    }

    /** Runs a command inside the unpacked image, with /proc mounted as a container runtime would. */
    private static String inImage(Path rootfs, String... command) throws Exception {
        List<String> full = new java.util.ArrayList<>(List.of("unshare", "-r", "-m", "-p", "-f",
                "--mount-proc=" + rootfs.toAbsolutePath().resolve("proc"), "chroot", rootfs.toAbsolutePath().toString()));
        full.addAll(List.of(command));
        return run(full);
    }

    /** Every shared library the runtime's binaries link against, by the paths the loader uses. */
    private static Set<String> sharedLibraries(Path jre) throws Exception {
        Set<String> libraries = new TreeSet<>();
        Pattern path = Pattern.compile("(/\\S+\\.so[.\\d]*)");
        try (Stream<Path> files = Files.walk(jre)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".so") || f.endsWith("java")).toList()) {
                Matcher m = path.matcher(run(List.of("ldd", file.toString())));
                while (m.find()) {
                    if (!m.group(1).startsWith(jre.toAbsolutePath().toString())) {
                        libraries.add(m.group(1));
                    }
                }
            }
        }
        return libraries;
    }

    private static void addTree(FileEntriesLayer.Builder layer, Path root, AbsoluteUnixPath target) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                FilePermissions mode = Files.isExecutable(file) ? FilePermissions.fromOctalString("755")
                        : FilePermissions.fromOctalString("644");
                layer.addEntry(file, target.resolve(relative), mode);
            }
        }
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "finished: " + command);
        assertEquals(0, process.exitValue(), command + ": " + output);
        return output;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}

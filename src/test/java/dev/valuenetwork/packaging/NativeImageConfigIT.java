package dev.valuenetwork.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuenetwork.support.NativeImageConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The native image this build would make holds everything the service reads at run time. No
 * native builder runs here, so this reads the configuration Quarkus writes for one
 * ({@link NativeImageConfig}, from {@code ./mvnw verify}'s native-sources step) and checks it
 * against what the service needs: every file of its own class path (a resource lookup of any
 * other file finds nothing in the binary: the development key once stopped the binary's start),
 * the PostgreSQL archive it extracts, and every class its code reaches by reflection
 * ({@link ReflectedClassesTest}; five unregistered API classes once failed every request).
 */
class NativeImageConfigIT {

    /** Read at build time only: Quarkus records the configuration into the image. */
    private static final List<String> BUILD_TIME_ONLY = List.of("application.properties");

    @Test
    void everyResourceTheServiceReadsIsInTheImage() throws IOException {
        List<String> resources = ownResources();
        assertTrue(resources.contains("security/dev-public-key.pem"), resources.toString());
        resources.add(postgresArchive());
        assertEquals(List.of(), NativeImageConfig.ofBuild().missingResources(resources),
                "add these to quarkus.native.resources.includes");
    }

    @Test
    void everyClassTheServiceReflectsOnIsRegistered() throws IOException {
        Path list = Path.of(ReflectedClassesTest.LIST);
        assertTrue(Files.exists(list), list + " is written by ReflectedClassesTest in the same ./mvnw verify");
        List<String> classes = Files.readAllLines(list);
        assertEquals(List.of(), NativeImageConfig.ofBuild().unregistered(classes),
                "annotate these with @RegisterForReflection");
    }

    @Test
    void theChecksFailWithoutTheRegistrations() {
        NativeImageConfig config = NativeImageConfig.of("""
                {"resources": {"includes": [{"pattern": "dataset/.*"}, {"pattern": "\\\\Qsecurity/other.pem\\\\E"}]}}""", """
                [{"name": "dev.valuenetwork.company.Company", "allDeclaredMethods": true, "allDeclaredConstructors": true},
                 {"name": "dev.valuenetwork.person.ExecutiveGraphQLApi", "allDeclaredFields": true}]""");
        assertEquals(List.of("security/dev-public-key.pem"),
                config.missingResources(List.of("dataset/seed/companies.yaml", "security/dev-public-key.pem")));
        assertEquals(List.of("dev.valuenetwork.person.ExecutiveGraphQLApi", "dev.valuenetwork.person.PersonRecord"),
                config.unregistered(List.of("dev.valuenetwork.company.Company", "dev.valuenetwork.person.ExecutiveGraphQLApi",
                        "dev.valuenetwork.person.PersonRecord")));
    }

    /** Every file of target/classes that is not a class, as a class-path resource name. */
    private static List<String> ownResources() throws IOException {
        Path root = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(root)) {
            List<String> names = new ArrayList<>(files.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !name.endsWith(".class") && !BUILD_TIME_ONLY.contains(name))
                    .sorted().toList());
            assertFalse(names.isEmpty());
            return names;
        }
    }

    /** The archive zonky extracts on this platform, which the packaged binaries jar must hold. */
    private static String postgresArchive() throws IOException {
        String os = System.getProperty("os.name").toLowerCase().contains("mac") ? "darwin" : "linux";
        String arch = System.getProperty("os.arch").equals("aarch64") ? "arm_64" : "x86_64";
        String name = "postgres-" + os + "-" + arch + ".txz";
        try (InputStream in = NativeImageConfigIT.class.getClassLoader().getResourceAsStream(name)) {
            assertTrue(in != null, name + " is not on the class path");
            assertTrue(new String(in.readNBytes(6), StandardCharsets.ISO_8859_1).startsWith("\u00fd7zXZ"), name);
        }
        return name;
    }
}

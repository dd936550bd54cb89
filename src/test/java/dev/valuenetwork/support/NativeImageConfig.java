package dev.valuenetwork.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a native image of this build will contain, read from the configuration Quarkus hands the
 * native-image builder: {@code reflect-config.json} and {@code resource-config.json} inside the
 * runner jar of {@code target/native-sources}, which {@code ./mvnw verify} writes with
 * {@code quarkus.native.sources-only} (no builder needed). A class the image does not register
 * cannot be found by name or have its methods looked up; a resource it does not include is not
 * on its class path.
 */
public final class NativeImageConfig {

    public static final Path SOURCES = Path.of("target", "native-sources");

    private final List<Pattern> resources;
    private final Map<String, JsonNode> classes;

    NativeImageConfig(JsonNode resourceConfig, JsonNode reflectConfig) {
        this.resources = new ArrayList<>();
        for (JsonNode include : resourceConfig.path("resources").path("includes")) {
            resources.add(Pattern.compile(include.path("pattern").asText()));
        }
        this.classes = new HashMap<>();
        for (JsonNode entry : reflectConfig) {
            classes.merge(entry.path("name").asText(), entry, NativeImageConfig::either);
        }
    }

    /**
     * The configuration of the last build: the native-sources step of {@code ./mvnw verify}, or
     * the native build's own source jar under {@code -Pnative}.
     */
    public static NativeImageConfig ofBuild() {
        Path jar;
        try (Stream<Path> folders = Files.list(Path.of("target"))) {
            jar = folders.filter(f -> f.equals(SOURCES) || f.getFileName().toString().endsWith("-native-image-source-jar"))
                    .flatMap(NativeImageConfig::runnerJars).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no native sources under target/: run ./mvnw verify"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return new NativeImageConfig(json(zip, "META-INF/native-image/resource-config.json"),
                    json(zip, "META-INF/native-image/reflect-config.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same configuration as JSON text, for tests that take something out of it. */
    public static NativeImageConfig of(String resourceConfig, String reflectConfig) {
        try {
            ObjectMapper json = new ObjectMapper();
            return new NativeImageConfig(json.readTree(resourceConfig), json.readTree(reflectConfig));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Of these class-path resources, those the image would not contain. */
    public List<String> missingResources(Collection<String> paths) {
        return paths.stream().filter(path -> resources.stream().map(p -> p.matcher(path)).noneMatch(Matcher::matches))
                .sorted().toList();
    }

    /**
     * Of these classes, those whose methods and constructors the image would not let code look
     * up: not registered at all, or registered for something else (fields only, a condition).
     */
    public List<String> unregistered(Collection<String> classNames) {
        return classNames.stream().filter(name -> !registersMembers(classes.get(name), !instantiable(name))).sorted().toList();
    }

    /** Whether the entry lets code find the class, its methods and (unless it needs none) its constructors. */
    private static boolean registersMembers(JsonNode entry, boolean withoutConstructors) {
        return entry != null && entry.path("condition").isMissingNode()
                && (entry.path("allDeclaredMethods").asBoolean() || entry.path("allPublicMethods").asBoolean())
                && (withoutConstructors || entry.path("allDeclaredConstructors").asBoolean()
                        || entry.path("allPublicConstructors").asBoolean());
    }

    /** Interfaces and abstract classes have no constructor to look up. */
    private static boolean instantiable(String className) {
        try {
            Class<?> type = Class.forName(className, false, NativeImageConfig.class.getClassLoader());
            return !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
        } catch (ClassNotFoundException e) {
            return true;
        }
    }

    /** Two entries of one class: the one that registers members wins. */
    private static JsonNode either(JsonNode a, JsonNode b) {
        return registersMembers(a, false) ? a : b;
    }

    private static Stream<Path> runnerJars(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-runner.jar")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IllegalStateException(name + " is not in " + zip.getName());
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new ObjectMapper().readTree(in);
        }
    }
}

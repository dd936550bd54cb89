package dev.valuenetwork.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/** The token verification keys the configuration names, under MicroProfile's and SmallRye's keys. */
@ApplicationScoped
public class VerificationKeys {

    private static final List<String> INLINE = List.of("mp.jwt.verify.publickey", "smallrye.jwt.verify.key");
    private static final List<String> LOCATIONS = List.of("mp.jwt.verify.publickey.location", "smallrye.jwt.verify.key.location");

    /** A key given inline or by location, and how to read its content. */
    public record Configured(String name, String value, boolean inline) {

        /** The key's text (PEM, JWK, JWKS), or null when its location cannot be read. */
        public String read() {
            return inline ? value : location(value);
        }
    }

    public List<Configured> configured() {
        List<Configured> found = new ArrayList<>();
        INLINE.forEach(name -> value(name).ifPresent(v -> found.add(new Configured(name, v, true))));
        LOCATIONS.forEach(name -> value(name).ifPresent(v -> found.add(new Configured(name, v, false))));
        return found;
    }

    /** Whether any key is configured at all: without one no token can be verified. */
    public boolean any() {
        return !configured().isEmpty();
    }

    private static Optional<String> value(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).filter(v -> !v.isBlank());
    }

    private static String location(String location) {
        try {
            if (location.startsWith("http://") || location.startsWith("https://")) {
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(location))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 ? response.body() : null;
            }
            String path = location.replaceFirst("^classpath:", "");
            String resource = KeyMaterial.resource(path);
            return resource != null ? resource : Files.readString(Path.of(path.replaceFirst("^file:", "")));
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}

package dev.valuenetwork.common.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The development key pair is public (its private half is in the repository, for minting local
 * tokens), so production must never trust it: a production start configured with it fails.
 */
@ApplicationScoped
public class DevelopmentKeyGuard {

    static final String DEV_KEY = "security/dev-public-key.pem";

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> location;

    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> inline;

    void onStart(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL && trustsDevelopmentKey()) {
            throw new IllegalStateException("Refusing to start: production is configured to trust the development token"
                    + " key, whose private half is public. Set mp.jwt.verify.publickey.location to your issuer's key.");
        }
    }

    boolean trustsDevelopmentKey() {
        String dev = normalise(read(DEV_KEY));
        if (inline.isPresent() && normalise(inline.get()).equals(dev)) {
            return true;
        }
        if (location.isEmpty()) {
            return false;
        }
        String configured = location.get().replaceFirst("^classpath:", "");
        String content = read(configured);
        if (content == null) {
            try {
                content = Files.readString(Path.of(configured.replaceFirst("^file:", "")));
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
        return normalise(content).equals(dev);
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static String normalise(String pem) {
        return pem == null ? "" : pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }
}

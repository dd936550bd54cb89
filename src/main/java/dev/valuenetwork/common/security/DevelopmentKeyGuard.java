package dev.valuenetwork.common.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The development key pair is public (its private half is in the repository, for minting local
 * tokens), so production must never trust it: a production start whose token verification key
 * is the development key fails, whatever form (PEM, certificate, JWK, JWKS) or place (inline, a
 * file, the class path, an http URL) it is given in, under MicroProfile's or SmallRye's name.
 * The keys are compared by their material (the RSA modulus), not by their text.
 */
@ApplicationScoped
public class DevelopmentKeyGuard {

    static final String DEV_KEY = "security/dev-public-key.pem";
    private static final Logger LOG = Logger.getLogger(DevelopmentKeyGuard.class);

    @Inject
    VerificationKeys keys;

    void onStart(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL && trustsDevelopmentKey()) {
            throw new IllegalStateException("Refusing to start: production is configured to trust the development token"
                    + " key, whose private half is public. Set mp.jwt.verify.publickey.location to your issuer's key.");
        }
    }

    boolean trustsDevelopmentKey() {
        BigInteger development = KeyMaterial.moduli(KeyMaterial.resource(DEV_KEY)).get(0);
        for (VerificationKeys.Configured key : keys.configured()) {
            String content = key.read();
            if (content == null) {
                LOG.warnf("Could not read the token verification key from %s to check it is not the development key", key.name());
                continue;
            }
            List<BigInteger> moduli = KeyMaterial.moduli(content);
            if (moduli.contains(development)) {
                return true;
            }
        }
        return false;
    }
}

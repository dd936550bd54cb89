package dev.valuenetwork.support;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

/** Bearer tokens signed with the development key (src/dev/keys), which dev and test trust. */
public final class Tokens {

    private static final String ISSUER = "value-network-dev";
    private static PrivateKey devKey;

    private Tokens() {
    }

    public static String editor() {
        return token("erin-editor", Set.of("editor"));
    }

    public static String admin() {
        return token("ada-admin", Set.of("admin"));
    }

    /** A valid token without any role of this service. */
    public static String reader() {
        return token("rita-reader", Set.of("reader"));
    }

    public static String token(String subject, Set<String> roles) {
        return Jwt.issuer(ISSUER).upn(subject).subject(subject).groups(roles).expiresIn(3600).sign(devKey());
    }

    /** A token from another issuer with its own key, as a production deployment would trust. */
    public static String signed(PrivateKey key, String issuer, String subject, Set<String> roles) {
        return Jwt.issuer(issuer).upn(subject).subject(subject).groups(roles).expiresIn(3600).sign(key);
    }

    /** A token that expired an hour ago. */
    public static String expired() {
        long past = System.currentTimeMillis() / 1000 - 7200;
        return Jwt.issuer(ISSUER).upn("late").groups(Set.of("editor")).issuedAt(past).expiresAt(past + 60).sign(devKey());
    }

    /** A token signed by a key the service does not trust. */
    public static String foreign() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER).upn("mallory").groups(Set.of("admin")).sign(generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized PrivateKey devKey() {
        if (devKey == null) {
            try {
                String pem = Files.readString(Path.of("src", "dev", "keys", "private.pem"))
                        .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                devKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return devKey;
    }
}

package dev.valuenetwork.common.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The RSA moduli in a key's text, whatever its form: PEM public key, PEM certificate, JWK or JWKS. */
final class KeyMaterial {

    private KeyMaterial() {
    }

    static List<BigInteger> moduli(String text) {
        List<BigInteger> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            jwks(trimmed, found);
        } else if (trimmed.contains("BEGIN CERTIFICATE")) {
            certificate(trimmed, found);
        } else {
            spki(trimmed.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""), found);
        }
        return found;
    }

    /** A class-path resource's text, or null. */
    static String resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static void jwks(String json, List<BigInteger> found) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            JsonNode keys = root.has("keys") ? root.get("keys") : root;
            for (JsonNode key : keys.isArray() ? keys : List.of(keys)) {
                if (key.hasNonNull("n")) {
                    found.add(new BigInteger(1, Base64.getUrlDecoder().decode(key.get("n").asText())));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a JWK or JWKS: nothing to compare
        }
    }

    private static void certificate(String pem, List<BigInteger> found) {
        try {
            var certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            certificates.forEach(c -> modulus(c.getPublicKey(), found));
        } catch (GeneralSecurityException e) {
            // not a certificate: nothing to compare
        }
    }

    private static void spki(String base64, List<BigInteger> found) {
        try {
            modulus(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64))),
                    found);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // not an RSA public key: nothing to compare
        }
    }

    private static void modulus(PublicKey key, List<BigInteger> found) {
        if (key instanceof RSAPublicKey rsa) {
            found.add(rsa.getModulus());
        }
    }
}

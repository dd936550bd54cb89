package dev.valuenetwork.common.security;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import dev.valuenetwork.support.ServiceJar;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, started as production is, refuses to start when its token verification key
 * is the development key, in every form and place it can be given: a PEM file, a JWKS file, a
 * JWKS served over http, SmallRye's own config key, and the key inline.
 */
class DevelopmentKeyGuardIT {

    @TempDir
    Path work;

    @Test
    void shouldRefuseToStartWithTheDevelopmentKeyInAnyForm() throws Exception {
        String pem = resource("security/dev-public-key.pem");
        Path pemFile = Files.writeString(work.resolve("key.pem"), pem);
        Path jwksFile = Files.writeString(work.resolve("jwks.json"), jwks(pem));
        byte[] served = jwks(pem).getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks", exchange -> {
            byte[] body = served;
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
            Map<String, String> env = ServiceJar.database(EmbeddedPostgresResource.createDatabase("dev_key_guard"));
            List<String> forms = List.of(
                    "-Dmp.jwt.verify.publickey.location=" + pemFile,
                    "-Dmp.jwt.verify.publickey.location=" + jwksFile.toUri(),
                    "-Dmp.jwt.verify.publickey.location=" + url,
                    "-Dsmallrye.jwt.verify.key.location=" + pemFile,
                    "-Dmp.jwt.verify.publickey=" + jwks(pem));
            for (String form : forms) {
                Path log = work.resolve("start-" + forms.indexOf(form) + ".log");
                Process process = ServiceJar.serve(ServiceJar.freePort(), log, env, form);
                boolean exited = process.waitFor(90, TimeUnit.SECONDS);
                if (!exited) {
                    ServiceJar.stop(process);
                }
                assertTrue(exited, "the service kept running with " + form);
                assertNotEquals(0, process.exitValue(), form);
                assertTrue(Files.readString(log).contains("Refusing to start"), "the reason is logged for " + form);
            }
        } finally {
            server.stop(0);
        }
    }

    /** The same public key as a JWKS document. */
    static String jwks(String pem) throws Exception {
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        return "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"dev\",\"n\":\"" + base64url(key.getModulus()) + "\",\"e\":\""
                + base64url(key.getPublicExponent()) + "\"}]}";
    }

    private static String base64url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = DevelopmentKeyGuardIT.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

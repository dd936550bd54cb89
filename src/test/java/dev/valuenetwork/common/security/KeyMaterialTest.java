package dev.valuenetwork.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key material is found in every form a verification key may take, and told apart by value. */
class KeyMaterialTest {

    @Test
    void shouldFindTheSameModulusInPemJwkAndJwksForms() throws Exception {
        String pem = DevelopmentKeyGuardIT.resource("security/dev-public-key.pem");
        List<BigInteger> fromPem = KeyMaterial.moduli(pem);
        assertEquals(1, fromPem.size());
        String jwks = DevelopmentKeyGuardIT.jwks(pem);
        assertEquals(fromPem, KeyMaterial.moduli(jwks));
        String jwk = jwks.substring(jwks.indexOf('[') + 1, jwks.lastIndexOf(']'));
        assertEquals(fromPem, KeyMaterial.moduli(jwk));
        String bare = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        assertEquals(fromPem, KeyMaterial.moduli(bare));
    }

    @Test
    void shouldTellAnotherKeyApartAndIgnoreText() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String other = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        String pem = DevelopmentKeyGuardIT.resource("security/dev-public-key.pem");
        assertNotEquals(KeyMaterial.moduli(pem), KeyMaterial.moduli(other));
        assertTrue(KeyMaterial.moduli("not a key").isEmpty());
        assertTrue(KeyMaterial.moduli("{\"keys\": []}").isEmpty());
    }
}

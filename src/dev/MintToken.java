import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * Mints a bearer token for local development, signed with the development key that dev mode and
 * the tests trust (never production: it refuses to start with that key). JDK only:
 *
 *   java src/dev/MintToken.java editor            # role editor, subject "dev"
 *   java src/dev/MintToken.java admin ada 86400   # role admin, subject "ada", valid one day
 */
public class MintToken {

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java src/dev/MintToken.java ROLE[,ROLE...] [SUBJECT] [SECONDS]");
            System.exit(2);
        }
        String groups = Arrays.stream(args[0].split(",")).map(r -> "\"" + r.trim() + "\"").collect(Collectors.joining(","));
        String subject = args.length > 1 ? args[1] : "dev";
        long seconds = args.length > 2 ? Long.parseLong(args[2]) : 3600;
        long now = System.currentTimeMillis() / 1000;
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"value-network-dev\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject + "\",\"groups\":["
                + groups + "],\"iat\":" + now + ",\"exp\":" + (now + seconds) + "}";
        String signingInput = encode(header.getBytes(StandardCharsets.UTF_8)) + "." + encode(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(developmentKey());
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        System.out.println(signingInput + "." + encode(rsa.sign()));
    }

    private static PrivateKey developmentKey() throws Exception {
        Path pem = Path.of("src", "dev", "keys", "private.pem"); // run from the repository root
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package dev.valuenetwork.common.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.error.ErrorCode;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Documents sent by hash. Apollo's automatic persisted queries: a request may carry
 * {@code extensions.persistedQuery {version: 1, sha256Hash}} instead of its text; an unknown hash
 * is answered {@code PERSISTED_QUERY_NOT_FOUND}, and the client then sends text and hash together,
 * which registers the text (after checking the hash) in a bounded cache. Trusted documents: with
 * {@code trusted-only}, the service runs only documents of its manifest (the {@code {hash: text}}
 * file GraphQL Code Generator's client preset and Relay emit), by hash or by text.
 */
@ApplicationScoped
public class PersistedDocuments {

    /** Settings under {@code valuenetwork.graphql.persisted-documents}. */
    @ConfigMapping(prefix = "valuenetwork.graphql.persisted-documents")
    public interface Settings {
        /** Documents registered by clients that are kept (least recently used dropped first). */
        @WithDefault("5000")
        int maxRegistered();

        /** Characters of registered documents kept in all. */
        @WithDefault("20000000")
        long maxRegisteredChars();

        /** Runs only documents of the manifest; refuses any other with DOCUMENT_NOT_TRUSTED. */
        @WithDefault("false")
        boolean trustedOnly();

        /** The manifest: a JSON object of sha256 hex hash to document text; a file path or a classpath resource. */
        @WithDefault("persisted-documents.json")
        String manifest();
    }

    @Inject
    Settings settings;

    private final Map<String, String> registered = new LinkedHashMap<>(64, 0.75f, true);
    private long registeredChars;
    private volatile Map<String, String> trusted;

    /** The request with its document text, or a coded refusal. */
    GraphQLRequest resolve(GraphQLRequest request) {
        String hash = hash(request.extensions());
        boolean trustedOnly = settings.trustedOnly();
        if (hash == null) {
            if (trustedOnly && request.query() != null && !trusted().containsKey(sha256(request.query()))) {
                throw notTrusted();
            }
            return request;
        }
        if (request.query() == null || request.query().isEmpty()) {
            String text = trusted().get(hash);
            if (text == null && !trustedOnly) {
                text = lookup(hash);
            }
            if (text == null) {
                throw new ApiException(ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound: no document with"
                        + " this hash is registered; send the query with its hash.");
            }
            return request.withQuery(text);
        }
        if (!sha256(request.query()).equals(hash)) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query.");
        }
        if (trustedOnly) {
            if (!trusted().containsKey(hash)) {
                throw notTrusted();
            }
        } else {
            register(hash, request.query());
        }
        return request;
    }

    private static ApiException notTrusted() {
        return new ApiException(ErrorCode.DOCUMENT_NOT_TRUSTED, "This service runs only the documents of its manifest"
                + " (trusted documents); this one is not among them.");
    }

    /** The hash a request names, checked for shape; null when it names none. */
    private static String hash(Map<String, Object> extensions) {
        Object persisted = extensions.get("persistedQuery");
        if (persisted == null) {
            return null;
        }
        if (!(persisted instanceof Map<?, ?> fields)) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "extensions.persistedQuery must be an object.");
        }
        if (!(fields.get("version") instanceof Number version) || version.intValue() != 1) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "extensions.persistedQuery.version must be 1.");
        }
        if (!(fields.get("sha256Hash") instanceof String hash) || !hash.matches("[0-9a-fA-F]{64}")) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "extensions.persistedQuery.sha256Hash must be 64 hex digits.");
        }
        return hash.toLowerCase(Locale.ROOT);
    }

    private synchronized String lookup(String hash) {
        return registered.get(hash);
    }

    private synchronized void register(String hash, String text) {
        if (text.length() > settings.maxRegisteredChars() || registered.containsKey(hash)) {
            return;
        }
        registered.put(hash, text);
        registeredChars += text.length();
        var oldest = registered.entrySet().iterator();
        while (registered.size() > settings.maxRegistered() || registeredChars > settings.maxRegisteredChars()) {
            registeredChars -= oldest.next().getValue().length();
            oldest.remove();
        }
    }

    /** The explorer's own documents, written by its build beside the page (src/main/explorer/build.mjs). */
    static final String EXPLORER_DOCUMENTS = "META-INF/resources/explore/trusted-documents.json";

    /** The manifest's documents and the explorer's, so the service's own page runs in trusted-only mode too. */
    private Map<String, String> trusted() {
        Map<String, String> found = trusted;
        if (found == null) {
            Map<String, String> all = new LinkedHashMap<>(load(EXPLORER_DOCUMENTS));
            all.putAll(load(settings.manifest()));
            found = Map.copyOf(all);
            trusted = found;
        }
        return found;
    }

    private static Map<String, String> load(String location) {
        try (InputStream in = open(location)) {
            if (in == null) {
                return Map.of();
            }
            Map<String, String> manifest = new ObjectMapper().readValue(in, new TypeReference<Map<String, String>>() { });
            Map<String, String> byHash = new LinkedHashMap<>();
            manifest.forEach((hash, text) -> byHash.put(hash.toLowerCase(Locale.ROOT), text));
            return Map.copyOf(byHash);
        } catch (IOException e) {
            throw new UncheckedIOException("The persisted-documents manifest " + location + " cannot be read", e);
        }
    }

    private static InputStream open(String location) throws IOException {
        Path file = Path.of(location);
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        return Thread.currentThread().getContextClassLoader().getResourceAsStream(location);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.valuenetwork.dataset;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the bundled seed dataset at start-up, once per version of its files: the checksum of
 * the files is recorded in {@code dataset_load}, so restarts change nothing and later edits or
 * deletions stick. Instances sharing a database take an advisory lock, so only one loads it.
 */
@ApplicationScoped
public class SeedLoader {

    static final String NAME = "seed";
    private static final String FOLDER = "dataset/seed/";
    private static final long LOCK = 0x76616c75656eL; // any constant shared by all instances
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @Inject
    DatasetImporter importer;

    /** Looked up only when the seed is new, so an ordinary restart never loads the reader. */
    @Inject
    Instance<DatasetReader> readers;

    /** Off to start an empty database, for instance to restore an export into it unchanged. */
    @ConfigProperty(name = "valuenetwork.dataset.load-seed", defaultValue = "true")
    boolean enabled;

    @Inject
    AgroalDataSource dataSource;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("Seed dataset not loaded (valuenetwork.dataset.load-seed=false)");
        } else if (loaded(Seed.bundled().checksum())) {
            // an ordinary restart: one query, and no transaction or entity manager opened for it
            LOG.debug("Seed dataset already loaded");
        } else {
            loadIfNew();
        }
    }

    /** The bundled seed files in the order of their index, and the checksum of their names and texts. */
    record Seed(Map<String, String> texts, String checksum) {

        static Seed bundled() {
            List<String> files = readResource(FOLDER + "index.txt").lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            Map<String, String> texts = new LinkedHashMap<>();
            MessageDigest digest = sha256();
            for (String file : files) {
                String text = readResource(FOLDER + file);
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                texts.put(file, text);
            }
            return new Seed(texts, HexFormat.of().formatHex(digest.digest()));
        }
    }

    private boolean loaded(String checksum) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT 1 FROM dataset_load WHERE name = ? AND checksum = ?")) {
            statement.setString(1, NAME);
            statement.setString(2, checksum);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read which seed is loaded: " + e.getMessage(), e);
        }
    }

    @Transactional
    public void loadIfNew() {
        Seed seed = Seed.bundled();
        Map<String, String> texts = seed.texts();
        String checksum = seed.checksum();
        var em = Panache.getEntityManager();
        em.createNativeQuery("SELECT pg_advisory_xact_lock(:lock)").setParameter("lock", LOCK).getSingleResult();
        boolean loaded = !em.createNativeQuery("SELECT 1 FROM dataset_load WHERE name = :name AND checksum = :checksum")
                .setParameter("name", NAME).setParameter("checksum", checksum).getResultList().isEmpty();
        if (loaded) {
            LOG.debugf("Seed dataset %s already loaded", checksum);
            return;
        }
        // Parsed only when it is new: on an ordinary restart the YAML reader is never loaded.
        Dataset dataset = Dataset.empty();
        for (Map.Entry<String, String> file : texts.entrySet()) {
            dataset = dataset.plus(readers.get().read(file.getKey(), file.getValue()));
        }
        ImportResult result = importer.importDataset(dataset, "dataset:" + NAME, LOG::info);
        em.createNativeQuery("INSERT INTO dataset_load (name, checksum) VALUES (:name, :checksum)")
                .setParameter("name", NAME).setParameter("checksum", checksum).executeUpdate();
        LOG.infof("Seed dataset loaded: %d created, %d updated, %d unchanged", result.created(), result.updated(),
                result.unchanged());
    }

    private static String readResource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The bundled dataset file " + path + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

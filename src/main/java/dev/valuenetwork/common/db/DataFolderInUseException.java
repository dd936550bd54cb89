package dev.valuenetwork.common.db;

import java.nio.file.Path;

/** Another running instance owns the embedded data folder; two servers on one cluster corrupt it. */
public final class DataFolderInUseException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    DataFolderInUseException(Path dataDir) {
        super("The embedded database folder " + dataDir + " is in use by another running instance."
                + " Stop that instance, choose another folder with -D" + EmbeddedDatabase.DATA_DIR_PROPERTY
                + "=<folder> (or " + EmbeddedDatabase.DATA_DIR_ENV + "), or share one PostgreSQL between"
                + " instances by setting QUARKUS_DATASOURCE_JDBC_URL.");
    }
}

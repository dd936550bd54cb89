package dev.valuenetwork.editing;

import dev.valuenetwork.common.security.Access;
import dev.valuenetwork.dataset.DatasetExporter;
import dev.valuenetwork.dataset.DatasetImporter;
import dev.valuenetwork.dataset.DatasetReader;
import dev.valuenetwork.dataset.ImportResult;
import dev.valuenetwork.dataset.InputProblems;
import dev.valuenetwork.dataset.InvalidDatasetException;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Bulk import and export in the dataset format (docs/dataset-format.md). */
@GraphQLApi
public class DatasetGraphQLApi {

    @Inject
    Access access;
    @Inject
    DatasetImporter importer;
    @Inject
    DatasetExporter exporter;
    @Inject
    DatasetReader reader;

    @Mutation("importDataset")
    @Description("Imports a dataset document (YAML or JSON, role admin): checks all of it first and reports every problem"
            + " with its place (INVALID_ARGUMENT, extensions.problems), then writes it in one transaction, matching records"
            + " to stored rows by their keys. Importing the same document again changes nothing.")
    public ImportResult importDataset(@NonNull @Description("The document, as in docs/dataset-format.md.") String document) {
        String actor = access.requireAdmin();
        try {
            return importer.importDataset(reader.read("document", document), actor, message -> { });
        } catch (InvalidDatasetException invalid) {
            throw InputProblems.ofImport(invalid);
        }
    }

    @Query("exportDataset")
    @NonNull
    @Description("The whole network, or one company's neighbourhood, as a dataset document in YAML (role editor). Imported"
            + " into an empty database it gives the same network back, global ids included.")
    public String exportDataset(@Description("A company slug: export only its neighbourhood.") String company) {
        access.requireEditor();
        return exporter.export(company);
    }
}

package dev.valuenetwork.dataset;

import dev.valuenetwork.common.persistence.AuditedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Imports a dataset: validates all of it first and reports every problem, then writes it in one
 * transaction, matching each record to a stored row by its stable key, every list in its slice's
 * order (sources, then the nodes, then the facts that name them) and parents before children.
 * Running the same import twice changes nothing the second time.
 */
@ApplicationScoped
public class DatasetImporter {

    @Inject
    RecordWriter writer;

    @Inject
    ChangeLog changes;

    @Inject
    Slices slices;

    @Transactional
    public ImportResult importDataset(Dataset dataset, String actor, Consumer<String> progress) {
        Refs refs = Refs.load();
        List<DatasetProblem> problems = DatasetValidator.validate(dataset, refs, slices);
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems);
        }
        List<ImportResult.ListCount> counts = new ArrayList<>();
        for (RecordSlice<?, ?> slice : slices.all()) {
            counts.add(write(slice, dataset, refs, actor, progress));
        }
        ImportResult result = ImportResult.of(counts);
        changes.imported(result, actor);
        analyze(result);
        return result;
    }

    /**
     * Fresh statistics for the tables the import changed, at the end of its transaction (ANALYZE
     * may run inside one): autovacuum analyzes a table only after 50 changed rows and a tenth of
     * it, so the seed's small tables were never analyzed and the planner costed them from defaults.
     */
    private void analyze(ImportResult result) {
        var entityManager = io.quarkus.hibernate.orm.panache.Panache.getEntityManager();
        boolean any = false;
        for (RecordSlice<?, ?> slice : slices.all()) {
            boolean changed = result.lists().stream()
                    .anyMatch(l -> l.list().equals(slice.list()) && l.created() + l.updated() > 0);
            if (changed) {
                entityManager.createNativeQuery("ANALYZE " + slice.table()).executeUpdate();
                any = true;
            }
        }
        if (any) {
            entityManager.createNativeQuery("ANALYZE citation").executeUpdate();
        }
    }

    private <R, E extends AuditedEntity> ImportResult.ListCount write(RecordSlice<R, E> slice, Dataset dataset, Refs refs,
            String actor, Consumer<String> progress) {
        List<R> records = ParentOrder.sort(dataset.records(slice.recordType()), slice::key, slice::parent);
        return writer.write(slice, records, refs, actor, progress, slice.graphqlType());
    }
}

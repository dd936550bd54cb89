package dev.valuenetwork.dataset;

import dev.valuenetwork.common.persistence.AuditedEntity;
import dev.valuenetwork.dataset.Dataset.AllianceRecord;
import dev.valuenetwork.dataset.Dataset.CompanyRecord;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Imports a dataset: validates all of it first and reports every problem, then writes it in one
 * transaction, matching each record to a stored row by its stable key. Running the same import
 * twice changes nothing the second time.
 */
@ApplicationScoped
public class DatasetImporter {

    @Inject
    RecordWriter writer;

    @Inject
    ChangeLog changes;

    @Transactional
    public ImportResult importDataset(Dataset dataset, String actor, Consumer<String> progress) {
        Refs refs = Refs.load();
        List<DatasetProblem> problems = new ArrayList<>(DatasetValidator.validate(dataset, refs));
        List<CompanyRecord> companies = ParentOrder.sort(dataset.companies(), CompanyRecord::slug, CompanyRecord::parent);
        List<AllianceRecord> alliances = ParentOrder.sort(dataset.alliances(), AllianceRecord::slug, AllianceRecord::parent);
        if (companies == null) {
            problems.add(new DatasetProblem("companies", "parent companies form a cycle"));
        }
        if (alliances == null) {
            problems.add(new DatasetProblem("alliances", "parent alliances form a cycle"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems);
        }
        List<ImportResult.ListCount> counts = new ArrayList<>();
        counts.add(write(NodeCodecs.SOURCES, dataset.sources(), refs, actor, progress));
        counts.add(write(NodeCodecs.COMPANIES, companies, refs, actor, progress));
        counts.add(write(NodeCodecs.PEOPLE, dataset.people(), refs, actor, progress));
        counts.add(write(NodeCodecs.ALLIANCES, alliances, refs, actor, progress));
        counts.add(write(NodeCodecs.PRODUCTS, dataset.products(), refs, actor, progress));
        counts.add(write(FactCodecs.EXECUTIVES, dataset.executives(), refs, actor, progress));
        counts.add(write(FactCodecs.MEMBERSHIPS, dataset.memberships(), refs, actor, progress));
        counts.add(write(FactCodecs.INVESTMENTS, dataset.investments(), refs, actor, progress));
        counts.add(write(FactCodecs.STATEMENTS, dataset.statements(), refs, actor, progress));
        counts.add(write(FactCodecs.FIGURES, dataset.figures(), refs, actor, progress));
        counts.add(write(FactCodecs.EXCHANGE_RATES, dataset.exchangeRates(), refs, actor, progress));
        ImportResult result = ImportResult.of(counts);
        changes.imported(result, actor);
        return result;
    }

    private static String typeOf(Codec<?, ?> codec) {
        for (RecordKind kind : RecordKind.values()) {
            if (kind.codec == codec) {
                return kind.graphqlType();
            }
        }
        return codec.list();
    }

    private <R, E extends AuditedEntity> ImportResult.ListCount write(Codec<R, E> codec, List<R> records, Refs refs,
            String actor, Consumer<String> progress) {
        return writer.write(codec, records, refs, actor, progress, typeOf(codec));
    }
}

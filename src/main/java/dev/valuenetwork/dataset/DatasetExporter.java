package dev.valuenetwork.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.persistence.AuditedEntity;
import dev.valuenetwork.common.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the network, or one company's neighbourhood, in the dataset format. Records carry keys,
 * not database ids, so importing an export into an empty database gives the same network back,
 * global ids included.
 */
@ApplicationScoped
public class DatasetExporter {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    @Inject
    Slices slices;

    /** The whole network, or with a company slug, that company's neighbourhood. */
    @Transactional
    public String export(String company) {
        Refs refs = Refs.load();
        Map<String, List<?>> lists = new LinkedHashMap<>();
        if (company == null) {
            slices.all().forEach(slice -> lists.put(slice.list(), all(slice, refs)));
        } else {
            Neighbourhood.of(company, refs).forEach((list, ids) -> lists.put(list, byIds(slices.byList(list), ids, refs)));
        }
        // The document lists kinds in write order, so it reads top-down: sources, nodes, then facts.
        Map<String, List<?>> ordered = new LinkedHashMap<>();
        slices.all().forEach(slice -> {
            if (lists.containsKey(slice.list())) {
                ordered.put(slice.list(), lists.get(slice.list()));
            }
        });
        try {
            return YAML.writeValueAsString(ordered);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /*
     * Records are written in the order they were recorded. Lists whose dates tie show the more
     * recently recorded record first; an import writes records in document order, so the copy
     * records them in the same order and shows every list exactly as the origin does.
     */
    <R, E extends AuditedEntity> List<R> all(RecordSlice<R, E> codec, Refs refs) {
        return rows(codec, "SELECT * FROM " + codec.table() + " ORDER BY id", refs);
    }

    <R, E extends AuditedEntity> List<R> byIds(RecordSlice<R, E> codec, Collection<Long> ids, Refs refs) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return rows(codec, "SELECT * FROM " + codec.table() + " WHERE id = ANY(CAST(:ids AS bigint[])) ORDER BY id",
                refs, "ids", Sql.ids(ids));
    }

    private static <R, E extends AuditedEntity> List<R> rows(RecordSlice<R, E> codec, String sql, Refs refs, Object... parameters) {
        List<E> entities = Sql.rows(codec.entity(), sql, parameters);
        List<R> records = new ArrayList<>(entities.size());
        for (int start = 0; start < entities.size(); start += RecordWriter.CHUNK) {
            List<E> chunk = entities.subList(start, Math.min(entities.size(), start + RecordWriter.CHUNK));
            Map<Long, Attached> attached = Attached.read(codec, chunk);
            chunk.forEach(e -> records.add(codec.export(e, refs, Attached.of(attached, codec.id(e)))));
        }
        return records;
    }

    static ApiException unknownCompany(String slug) {
        return ApiException.notFound("No company has the slug '" + slug + "'.").with("argument", "company");
    }
}

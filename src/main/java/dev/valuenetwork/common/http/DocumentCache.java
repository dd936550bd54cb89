package dev.valuenetwork.common.http;

import dev.valuenetwork.common.error.ApiError;
import dev.valuenetwork.common.error.ErrorCode;
import dev.valuenetwork.common.error.ErrorMapper;
import dev.valuenetwork.common.graphql.QueryLimits;
import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.analysis.QueryTraverser;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Documents of recent requests, parsed, validated and (where the cost cannot depend on variables)
 * measured once: the engine executes the checked document as it is, so a repeated query is never
 * parsed or validated again. Bounded in entries and in the size of each document kept.
 */
final class DocumentCache {

    private static final int CAPACITY = 512;
    private static final int LARGEST_KEPT = 64 * 1024;

    /** A checked document; {@code document} is null when the text could not be parsed. */
    static final class Checked {
        private final Document document;
        private final List<GraphQLError> errors;
        private final PreparsedDocumentEntry entry;
        private final boolean usesVariables;
        private final Map<String, QueryLimits.Measure> measures = new ConcurrentHashMap<>();
        private final Map<String, Long> rowsRead = new ConcurrentHashMap<>();

        Checked(Document document, List<GraphQLError> errors) {
            this.document = document;
            this.errors = errors;
            this.entry = document == null || !errors.isEmpty() ? null : new PreparsedDocumentEntry(document);
            this.usesVariables = document != null && document.getDefinitionsOfType(OperationDefinition.class).stream()
                    .anyMatch(op -> !op.getVariableDefinitions().isEmpty());
        }

        List<GraphQLError> errors() {
            return errors;
        }

        PreparsedDocumentEntry entry() {
            return entry;
        }

        /** The operation the request names (or the only one), or null when there is no such operation. */
        OperationDefinition operation(String operationName) {
            List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
            if (operationName == null || operationName.isEmpty()) {
                return operations.size() == 1 ? operations.get(0) : null;
            }
            return operations.stream().filter(op -> operationName.equals(op.getName())).findFirst().orElse(null);
        }

        /**
         * Rows the operation read the last time it ran, or -1: unknown before its first run, and
         * always when variables can change what it reads.
         */
        long rowsLastRun(String operationName) {
            return usesVariables ? -1 : rowsRead.getOrDefault(operationName == null ? "" : operationName, -1L);
        }

        void ran(String operationName, long rows) {
            // Only names the document has: a client choosing names must not grow a cached document.
            if (!usesVariables && document != null && operation(operationName) != null) {
                rowsRead.put(operationName == null ? "" : operationName, rows);
            }
        }

        /** Depth and cost of the operation; the same for every request when no variable can change it. */
        QueryLimits.Measure measure(GraphQLSchema schema, String operationName, Map<String, Object> variables) {
            if (usesVariables) {
                return measureNow(schema, operationName, variables);
            }
            return measures.computeIfAbsent(operationName == null ? "" : operationName,
                    name -> measureNow(schema, operationName, variables));
        }

        private QueryLimits.Measure measureNow(GraphQLSchema schema, String operationName, Map<String, Object> variables) {
            return QueryLimits.measure(QueryTraverser.newQueryTraverser()
                    .schema(schema)
                    .document(document)
                    .operationName(operationName)
                    .variables(variables)
                    .build());
        }
    }

    private final Map<String, Checked> recent = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Checked> eldest) {
            return size() > CAPACITY;
        }
    };

    Checked check(String query, GraphQLSchema schema) {
        synchronized (recent) {
            Checked cached = recent.get(query);
            if (cached != null) {
                return cached;
            }
        }
        Checked checked = parseAndValidate(query, schema);
        if (query.length() <= LARGEST_KEPT) {
            synchronized (recent) {
                recent.put(query, checked);
            }
        }
        return checked;
    }

    private static Checked parseAndValidate(String query, GraphQLSchema schema) {
        ParseAndValidateResult parsed = ParseAndValidate.parse(ExecutionInput.newExecutionInput(query).locale(ErrorMapper.MESSAGES).build());
        if (parsed.isFailure()) {
            return new Checked(null, List.of(parsed.getSyntaxException().toInvalidSyntaxError()));
        }
        String text = TextCheck.inDocument(parsed.getDocument());
        if (text != null) {
            return new Checked(null, List.of(new ApiError(ErrorCode.INVALID_ARGUMENT, "A string in the document " + text + ".",
                    null, null, null)));
        }
        List<GraphQLError> errors = List.copyOf(ParseAndValidate.validate(schema, parsed.getDocument(), ErrorMapper.MESSAGES));
        return new Checked(parsed.getDocument(), errors);
    }
}

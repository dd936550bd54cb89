package dev.valuenetwork.common.http;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parse-and-validate results of recent documents, so a repeated query is checked once. */
final class DocumentCache {

    private static final int CAPACITY = 512;

    /** A document and its errors; the document is null when it could not be parsed. */
    record Checked(Document document, List<GraphQLError> errors) {
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
        synchronized (recent) {
            recent.put(query, checked);
        }
        return checked;
    }

    private static Checked parseAndValidate(String query, GraphQLSchema schema) {
        ParseAndValidateResult parsed = ParseAndValidate.parse(ExecutionInput.newExecutionInput(query).build());
        if (parsed.isFailure()) {
            return new Checked(null, List.of(parsed.getSyntaxException().toInvalidSyntaxError()));
        }
        List<GraphQLError> errors = List.copyOf(ParseAndValidate.validate(schema, parsed.getDocument()));
        return new Checked(parsed.getDocument(), errors);
    }
}

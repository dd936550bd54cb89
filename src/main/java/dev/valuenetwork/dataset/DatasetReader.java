package dev.valuenetwork.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads dataset documents. YAML is the format; since JSON is YAML, JSON documents read too.
 * Unknown fields are errors, so a misspelt field never silently drops data.
 */
public final class DatasetReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private DatasetReader() {
    }

    /** Parses one document; {@code name} names it in problem locations. */
    public static Dataset read(String name, String text) {
        if (text == null || text.isBlank()) {
            return Dataset.empty();
        }
        try {
            Dataset dataset = YAML.readValue(text, Dataset.class);
            return dataset == null ? Dataset.empty() : dataset;
        } catch (JsonProcessingException e) {
            throw new InvalidDatasetException(List.of(new DatasetProblem(location(name, e), describe(e))));
        }
    }

    private static String location(String name, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? name : name + ": line " + at.getLineNr() + ", column " + at.getColumnNr();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            where += " (" + path + ")";
        }
        return where;
    }

    /** A message in the document's terms: Jackson's own messages name Java classes. */
    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' has the wrong type here";
        }
        if (e instanceof MismatchedInputException) {
            return "the value has the wrong shape here (a list, a mapping or a single value is expected)";
        }
        String message = e.getOriginalMessage();
        return "not valid YAML: " + (message == null ? "syntax error" : message.lines().findFirst().orElse("syntax error"));
    }
}

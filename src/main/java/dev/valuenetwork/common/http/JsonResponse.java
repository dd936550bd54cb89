package dev.valuenetwork.common.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import graphql.GraphQLError;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writes a GraphQL response straight from graphql-java's result (maps, lists and coerced scalars)
 * into the bytes that go on the wire: one pass, no intermediate JSON tree.
 */
final class JsonResponse {

    private final JsonFactory factory = new JsonFactory();

    Buffer write(List<GraphQLError> errors, Object data, boolean dataPresent, Map<Object, Object> extensions) {
        ByteBuf bytes = Unpooled.buffer(8192);
        try (JsonGenerator json = factory.createGenerator((java.io.OutputStream) new ByteBufOutputStream(bytes))) {
            json.writeStartObject();
            if (!errors.isEmpty()) {
                json.writeFieldName("errors");
                json.writeStartArray();
                for (GraphQLError error : errors) {
                    value(json, error.toSpecification());
                }
                json.writeEndArray();
            }
            if (dataPresent) {
                json.writeFieldName("data");
                value(json, data);
            }
            if (extensions != null && !extensions.isEmpty()) {
                json.writeFieldName("extensions");
                value(json, extensions);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Buffer.buffer(bytes);
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Double number) {
            json.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            json.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(number);
        } else if (value instanceof Number number) {
            json.writeNumber(number.toString());
        } else if (value instanceof Iterable<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                value(json, item);
            }
            json.writeEndArray();
        } else {
            json.writeString(value.toString());
        }
    }
}

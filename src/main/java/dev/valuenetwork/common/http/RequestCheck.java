package dev.valuenetwork.common.http;

import dev.valuenetwork.common.error.ApiError;
import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.error.ErrorCode;
import dev.valuenetwork.common.error.ErrorMapper;
import dev.valuenetwork.common.error.LimitExceededException;
import dev.valuenetwork.common.graphql.GraphQLSettings;
import dev.valuenetwork.common.graphql.QueryLimits;
import graphql.GraphQLError;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * Everything decided about a GraphQL request over HTTP before it runs: the body read, the
 * document parsed and validated (cached by its text), the operation allowed on this method, its
 * depth and cost within the limits. Either a request ready to run or the errors and status to
 * answer with, per the GraphQL-over-HTTP spec: a request error is 400 for
 * {@code application/graphql-response+json} and 200 for legacy {@code application/json}.
 */
final class RequestCheck {

    /** What the check decided. */
    sealed interface Outcome permits Ready, Refused {
    }

    /** A request that may run, with its checked document and its measure (null when no operation matches). */
    record Ready(GraphQLRequest request, DocumentCache.Checked document, QueryLimits.Measure measure) implements Outcome {

        long cost() {
            return measure == null ? 0 : measure.cost();
        }

        /** The name the document gives the operation that runs (null when anonymous). */
        String operationName() {
            OperationDefinition operation = document.operation(request.operationName());
            return operation == null ? request.operationName() : operation.getName();
        }

        /** The operation's type in lower case, for metrics; "unknown" when no operation matches. */
        String type() {
            OperationDefinition operation = document.operation(request.operationName());
            return operation == null ? "unknown" : operation.getOperation().name().toLowerCase(java.util.Locale.ROOT);
        }

        boolean isQuery() {
            OperationDefinition operation = document.operation(request.operationName());
            return operation != null && operation.getOperation() == OperationDefinition.Operation.QUERY;
        }
    }

    /** A request that may not run: the status and errors to answer with; {@code postOnly} adds {@code Allow: POST}. */
    record Refused(int status, List<GraphQLError> errors, boolean postOnly) implements Outcome {
    }

    private final DocumentCache documents = new DocumentCache();

    Outcome check(RoutingContext rc, String mediaType, GraphQLSchema schema, GraphQLSettings settings,
            PersistedDocuments persisted) {
        int requestError = requestErrorStatus(mediaType);
        try {
            GraphQLRequest request = persisted.resolve(GraphQLRequest.from(rc));
            if (request.query() == null || request.query().isBlank()) {
                throw new ApiException(ErrorCode.BAD_REQUEST, "The request has no query.");
            }
            String text = TextCheck.inValue(request.variables());
            if (text != null) {
                throw new ApiException(ErrorCode.INVALID_ARGUMENT, "A string in the variables " + text + ".");
            }
            DocumentCache.Checked document = documents.check(request.query(), schema);
            if (!document.errors().isEmpty()) {
                return new Refused(requestError, ErrorMapper.mapAll(document.errors()), false);
            }
            OperationDefinition operation = document.operation(request.operationName());
            OperationDefinition.Operation type = operation == null ? null : operation.getOperation();
            if (type == OperationDefinition.Operation.MUTATION && "GET".equals(rc.request().method().name())) {
                return new Refused(405, List.of(new ApiError(ErrorCode.BAD_REQUEST,
                        "Mutations are sent with POST; GET is for reads only.", null, null, null)), true);
            }
            if (type == OperationDefinition.Operation.SUBSCRIPTION) {
                throw new ApiException(ErrorCode.BAD_REQUEST, "Subscriptions run over WebSocket at /graphql"
                        + " (graphql-transport-ws or graphql-ws), not over plain HTTP.");
            }
            QueryLimits.Measure measure = operation == null ? null
                    : document.measure(schema, request.operationName(), request.variables());
            if (measure != null) {
                QueryLimits.enforce(measure, settings);
            }
            return new Ready(request, document, measure);
        } catch (ApiException e) {
            // A missing persisted query is a GraphQL request error (Apollo's link reads it and
            // retries with the text); a malformed request is an HTTP one.
            int status = e.code() == ErrorCode.PERSISTED_QUERY_NOT_FOUND || e.code() == ErrorCode.DOCUMENT_NOT_TRUSTED
                    ? requestError : 400;
            return new Refused(status, List.of(new ApiError(e.code(), e.getMessage(), null, null, e.extensions())), false);
        } catch (LimitExceededException e) {
            return new Refused(requestError, List.of(e.error()), false);
        } catch (RuntimeException e) {
            if (e instanceof GraphQLError error) { // variables that do not fit their types
                return new Refused(requestError, List.of(ErrorMapper.map(error)), false);
            }
            throw e;
        }
    }

    static int requestErrorStatus(String mediaType) {
        return GraphQLEndpoint.GRAPHQL_RESPONSE.equals(mediaType) ? 400 : 200;
    }
}

package dev.valuenetwork.common.graphql.engine;

import dev.valuenetwork.common.error.ErrorMapper;
import dev.valuenetwork.common.persistence.RequestStats;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.InjectableContext;
import io.smallrye.graphql.JsonProviderHolder;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.schema.model.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Runs GraphQL requests that arrive over HTTP on graphql-java directly: SmallRye's schema with
 * lean fetchers on object fields ({@link FieldFetchers}), SmallRye's own fetchers on the root
 * operations (which need its context, set up here once per request), and a document that was
 * parsed, validated and measured before it got here. WebSocket operations still run through
 * SmallRye's execution service.
 */
@ApplicationScoped
public class GraphQLEngine {

    static final String DOCUMENT_KEY = "valuenetwork.document";

    @Inject
    GraphQLSchema schema;

    @Inject
    Schema model;

    @Inject
    ExecutionThreads threads;

    private volatile GraphQLSchema lean;
    private volatile GraphQL graphQL;

    /** What a request brings to the engine besides its document. */
    public record Request(String query, String operationName, Map<String, Object> variables,
            PreparsedDocumentEntry document, InjectableContext.ContextState requestState, RequestStats stats,
            Deadline deadline) {
    }

    /**
     * SmallRye's schema with the lean fetchers, for SmallRye's own engine too (operations over
     * WebSocket): a subscription event is completed once per subscriber, and SmallRye's fetchers
     * made that the bottleneck of live updates under a burst of writes.
     */
    public GraphQLSchema leanSchema() {
        GraphQLSchema built = lean;
        if (built == null) {
            synchronized (this) {
                built = lean;
                if (built == null) {
                    // the code registry only: graphql-java keeps every type, no second schema build
                    GraphQLCodeRegistry.Builder registry = FieldFetchers.leanRegistry(schema, model);
                    built = schema.transformWithoutTypes(b -> b.codeRegistry(registry));
                    lean = built;
                }
            }
        }
        return built;
    }

    /** Executes on the calling thread, which may block (batches run JDBC where they are dispatched). */
    public ExecutionResult execute(Request request) {
        SmallRyeContext smallRye = new SmallRyeContext(GraphQLEngine.class.getName());
        JsonObjectBuilder body = JsonProviderHolder.JSON_PROVIDER.createObjectBuilder().add("query", request.query());
        if (request.operationName() != null) {
            body.add("operationName", request.operationName());
        }
        smallRye.setRequest(body.build());
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(request.variables())
                .locale(ErrorMapper.MESSAGES)
                .dataLoaderRegistry(new LevelDispatch(threads.batches()))
                .graphQLContext(Map.of(
                        DOCUMENT_KEY, request.document(),
                        SmallRyeContextManager.CONTEXT, smallRye,
                        "runBlocking", Boolean.TRUE,
                        "state", request.requestState(),
                        RequestStats.CONTEXT_KEY, request.stats(),
                        Deadline.CONTEXT_KEY, request.deadline()))
                .build();
        smallRye.setExecutionInput(input);
        SmallRyeContextManager.restore(smallRye);
        try {
            return graphQL().execute(input);
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
        }
    }

    private GraphQL graphQL() {
        GraphQL built = graphQL;
        if (built == null) {
            synchronized (this) {
                built = graphQL;
                if (built == null) {
                    built = GraphQL.newGraphQL(leanSchema())
                            .preparsedDocumentProvider((input, parse) -> CompletableFuture.completedFuture(
                                    input.getGraphQLContext().get(DOCUMENT_KEY)))
                            .defaultDataFetcherExceptionHandler(QUIET)
                            .build();
                    graphQL = built;
                }
            }
        }
        return built;
    }

    /** Failures are reported (and, when unexpected, logged once) by the error mapper, not here. */
    private static final DataFetcherExceptionHandler QUIET = parameters -> CompletableFuture.completedFuture(
            DataFetcherExceptionHandlerResult.newResult(new ExceptionWhileDataFetching(
                    parameters.getPath(), parameters.getException(), parameters.getSourceLocation())).build());
}

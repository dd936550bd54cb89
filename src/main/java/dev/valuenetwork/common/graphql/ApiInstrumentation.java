package dev.valuenetwork.common.graphql;

import dev.valuenetwork.common.error.ErrorCode;
import dev.valuenetwork.common.error.ErrorMapper;
import dev.valuenetwork.common.error.LimitExceededException;
import dev.valuenetwork.common.ratelimit.ClientBudgets;
import dev.valuenetwork.common.persistence.RequestStats;
import dev.valuenetwork.common.security.ReadAccess;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ContextNotActiveException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoaderRegistry;

/**
 * Wraps every execution that SmallRye runs, which is every operation over WebSocket (HTTP
 * requests run on {@code GraphQLEndpoint}): gives each its own data loader registry and statement
 * counter, applies the read rule to every root field, refuses documents that are too deep or too
 * costly before a resolver runs, rewrites every error into a coded {@code ApiError}, and reports
 * the cost.
 */
public final class ApiInstrumentation extends SimplePerformantInstrumentation {

    private final GraphQLSettings settings;
    private final ReadAccess reads;
    private final ClientBudgets budgets;

    public ApiInstrumentation(GraphQLSettings settings, ReadAccess reads, ClientBudgets budgets) {
        this.settings = settings;
        this.reads = reads;
        this.budgets = budgets;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return parameters.getExecutionStepInfo().getPath().getLevel() == 1 ? reads.guard(dataFetcher) : dataFetcher;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new State();
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        State s = (State) state;
        input.getGraphQLContext().put(RequestStats.CONTEXT_KEY, s.stats);
        // graphql-java only dispatches data loaders when a registry is present; ours are
        // registered lazily by the fields that use them.
        boolean noRegistry = input.getDataLoaderRegistry() == EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY;
        return input.transform(builder -> {
            builder.locale(ErrorMapper.MESSAGES); // SmallRye's input (WebSocket) carries the host's locale
            if (noRegistry) {
                builder.dataLoaderRegistry(new DataLoaderRegistry());
            }
        });
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        QueryTraverser traverser = QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getExecutionInput().getOperationName())
                .coercedVariables(context.getCoercedVariables())
                .build();
        QueryLimits.Measure measure = QueryLimits.measure(traverser);
        ((State) state).measure = measure;
        QueryLimits.enforce(measure, settings);
        charge(measure.cost());
        return SimpleInstrumentationContext.noOp();
    }

    /**
     * Operations over WebSocket spend from the same per-client budget as HTTP requests (the client
     * being the socket's remote address), so a socket is no way around it. They take their cost
     * only: a subscription lives long, and holding a running-request slot for it would be wrong.
     */
    private void charge(long cost) {
        if (!budgets.enabled()) {
            return;
        }
        ClientBudgets.Admission admission = budgets.admit(webSocketClient(), cost);
        if (admission instanceof ClientBudgets.Admitted admitted) {
            admitted.release();
            return;
        }
        ClientBudgets.Refused refused = (ClientBudgets.Refused) admission;
        throw new LimitExceededException(ErrorCode.RATE_LIMITED, "This operation costs " + cost + " and the client's budget"
                + " holds " + refused.status().currentlyAvailable() + "; retry after " + refused.retryAfterSeconds() + " s.",
                (int) Math.min(Integer.MAX_VALUE, cost), (int) Math.min(Integer.MAX_VALUE, refused.status().currentlyAvailable()));
    }

    private static String webSocketClient() {
        try {
            RoutingContext upgrade = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
            if (upgrade != null && upgrade.request().remoteAddress() != null) {
                return "address:" + upgrade.request().remoteAddress().hostAddress();
            }
        } catch (ContextNotActiveException e) {
            // no request context: fall through to the shared bucket
        }
        return "address:unknown";
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        State s = (State) state;
        Map<Object, Object> extensions = new LinkedHashMap<>();
        if (result.getExtensions() != null) {
            extensions.putAll(result.getExtensions());
        }
        if (s.measure != null) {
            extensions.put("cost", Map.of("requestedQueryCost", s.measure.cost()));
        }
        if (settings.reportSqlStatements()) {
            extensions.put("sqlStatements", s.stats.sqlStatements());
        }
        ExecutionResult mapped = result.transform(builder -> builder
                .errors(ErrorMapper.mapAll(result.getErrors()))
                .extensions(extensions.isEmpty() ? null : extensions));
        return CompletableFuture.completedFuture(mapped);
    }

    private static final class State implements InstrumentationState {
        private final RequestStats stats = new RequestStats();
        private QueryLimits.Measure measure;
    }
}

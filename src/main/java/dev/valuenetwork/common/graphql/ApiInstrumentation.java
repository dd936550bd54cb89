package dev.valuenetwork.common.graphql;

import dev.valuenetwork.common.error.ErrorMapper;
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

    public ApiInstrumentation(GraphQLSettings settings, ReadAccess reads) {
        this.settings = settings;
        this.reads = reads;
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
        if (input.getDataLoaderRegistry() == EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY) {
            return input.transform(builder -> builder.dataLoaderRegistry(new DataLoaderRegistry()));
        }
        return input;
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
        return SimpleInstrumentationContext.noOp();
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

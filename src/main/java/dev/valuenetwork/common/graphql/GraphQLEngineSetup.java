package dev.valuenetwork.common.graphql;

import dev.valuenetwork.common.graphql.engine.GraphQLEngine;
import dev.valuenetwork.common.ratelimit.ClientBudgets;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.execution.instrumentation.ChainedInstrumentation;
import dev.valuenetwork.common.security.ReadAccess;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;

/**
 * SmallRye's hook for customising the graphql-java engine (found through
 * META-INF/services). SmallRye offers no way to add an instrumentation to its own chain, so the
 * chain is replaced: ours plus a fresh document cache, which is both the chain's cache
 * instrumentation and the pre-parsed document provider, as in SmallRye's own set-up. The schema
 * gets the lean fetchers the HTTP engine uses ({@link GraphQLEngine#leanSchema}).
 */
@RegisterForReflection
public final class GraphQLEngineSetup implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        return SchemaConventions.finishing(builder);
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQLSettings settings = Arc.container().instance(GraphQLSettings.class).get();
        ReadAccess reads = Arc.container().instance(ReadAccess.class).get();
        ClientBudgets budgets = Arc.container().instance(ClientBudgets.class).get();
        QueryCache documents = new QueryCache();
        GraphQLSchema lean = Arc.container().instance(GraphQLEngine.class).get().leanSchema(); // one lean schema for both engines
        return builder
                .schema(lean)
                .instrumentation(new ChainedInstrumentation(List.of(new ApiInstrumentation(settings, reads, budgets), documents)))
                .preparsedDocumentProvider(documents);
    }
}

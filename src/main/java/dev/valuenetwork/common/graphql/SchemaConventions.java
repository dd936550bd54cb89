package dev.valuenetwork.common.graphql;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.schema.TypeResolver;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.Map;
import java.util.Set;

/**
 * What a client's tooling reads off the schema, put right after SmallRye builds it: every custom
 * scalar says where its format is specified ({@code @specifiedBy}), so code generators and people
 * know what a {@code PartialDate} string holds; and nothing is declared that no field uses
 * (SmallRye declares a {@code @constraint} directive, and the {@code BigDecimal} and
 * {@code BigInteger} scalars only it needs, whether or not any argument carries it).
 */
final class SchemaConventions {

    /** The specifications; ours are served by the service at /graphql/scalars/ (src/main/resources/scalars/, listed in docs/scalars/). */
    static final Map<String, String> SPECIFIED_BY = Map.of(
            "PartialDate", "/graphql/scalars/PartialDate.md",
            "Decimal", "/graphql/scalars/Decimal.md",
            "DateTime", "https://scalars.graphql.org/andimarek/date-time");

    private static final Set<String> UNUSED_DIRECTIVES = Set.of("constraint");
    private static final Set<String> UNUSED_TYPES = Set.of("BigDecimal", "BigInteger");

    private SchemaConventions() {
    }

    /**
     * SmallRye's builder, whose build gives the finished schema: SmallRye's, transformed once
     * (the scalars' specifications, the unused declarations dropped). SmallRye calls
     * {@code build()} on what its hook returns, so the schema is built once and transformed once;
     * built, transformed and built again, it took half of SmallRye's start-up.
     */
    static GraphQLSchema.Builder finishing(GraphQLSchema.Builder smallRye) {
        return new Finishing(smallRye);
    }

    static GraphQLSchema finish(GraphQLSchema built) {
        boolean constraintUsed = used(built);
        GraphQLCodeRegistry registry = typesByName(built, GraphQLCodeRegistry.newCodeRegistry(built.getCodeRegistry()));
        return SchemaTransformer.transformSchema(built, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar, TraverserContext<GraphQLSchemaElement> context) {
                if (!constraintUsed && UNUSED_TYPES.contains(scalar.getName())) {
                    return deleteNode(context);
                }
                String url = SPECIFIED_BY.get(scalar.getName());
                if (url == null || url.equals(scalar.getSpecifiedByUrl())) {
                    return TraversalControl.CONTINUE;
                }
                // the URL for introspection, the applied directive for printers of the SDL
                return changeNode(context, scalar.transform(b -> b.specifiedByUrl(url).withAppliedDirective(
                        graphql.schema.GraphQLAppliedDirective.newDirective().name("specifiedBy")
                                .argument(graphql.schema.GraphQLAppliedDirectiveArgument.newArgument().name("url")
                                        .type(graphql.Scalars.GraphQLString).valueProgrammatic(url)))));
            }

            @Override
            public TraversalControl visitGraphQLDirective(GraphQLDirective directive, TraverserContext<GraphQLSchemaElement> context) {
                return !constraintUsed && UNUSED_DIRECTIVES.contains(directive.getName()) ? deleteNode(context)
                        : TraversalControl.CONTINUE;
            }
        }, result -> result.codeRegistry(registry));
    }

    /**
     * Builds what SmallRye put together, then finishes it. SmallRye's bootstrap may still add a
     * root type (the federation's {@code _service}) after its hook, so those calls reach the
     * original builder.
     */
    private static final class Finishing extends GraphQLSchema.Builder {

        private final GraphQLSchema.Builder smallRye;

        Finishing(GraphQLSchema.Builder smallRye) {
            this.smallRye = smallRye;
        }

        @Override
        public GraphQLSchema.Builder query(GraphQLObjectType query) {
            smallRye.query(query);
            return this;
        }

        @Override
        public GraphQLSchema.Builder additionalType(graphql.schema.GraphQLType type) {
            smallRye.additionalType(type);
            return this;
        }

        @Override
        public GraphQLSchema build() {
            return finish(smallRye.build());
        }
    }

    /**
     * The transformation rebuilt every type that reaches a changed scalar, while SmallRye's type
     * resolvers still return the types they were built with; graphql-java matches fragments by
     * identity, so `... on Company` would no longer match. Each resolver's answer is looked up by
     * name in the new schema.
     */
    private static GraphQLCodeRegistry typesByName(GraphQLSchema schema, GraphQLCodeRegistry.Builder builder) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            TypeResolver original = type instanceof GraphQLInterfaceType i ? registry.getTypeResolver(i)
                    : type instanceof GraphQLUnionType u ? registry.getTypeResolver(u) : null;
            if (original == null) {
                continue;
            }
            TypeResolver byName = env -> {
                GraphQLObjectType resolved = original.getType(env);
                return resolved == null ? null : env.getSchema().getObjectType(resolved.getName());
            };
            if (type instanceof GraphQLInterfaceType i) {
                builder.typeResolver(i, byName);
            } else {
                builder.typeResolver((GraphQLUnionType) type, byName);
            }
        }
        return builder.build();
    }

    /** Whether any argument or input field carries the constraint directive. */
    private static boolean used(GraphQLSchema schema) {
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLInputObjectType input
                    && input.getFieldDefinitions().stream().anyMatch(SchemaConventions::constrained)) {
                return true;
            }
            if (type instanceof GraphQLFieldsContainer container && container.getFieldDefinitions().stream()
                    .flatMap(field -> field.getArguments().stream()).anyMatch(SchemaConventions::constrained)) {
                return true;
            }
        }
        return false;
    }

    private static boolean constrained(GraphQLDirectiveContainer element) {
        return !element.getAppliedDirectives("constraint").isEmpty();
    }
}

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

    /** The specifications; ours are served by the service at /graphql/scalars/ (docs/scalars/). */
    static final Map<String, String> SPECIFIED_BY = Map.of(
            "PartialDate", "/graphql/scalars/PartialDate.md",
            "Decimal", "/graphql/scalars/Decimal.md",
            "DateTime", "https://scalars.graphql.org/andimarek/date-time");

    private static final Set<String> UNUSED_DIRECTIVES = Set.of("constraint");
    private static final Set<String> UNUSED_TYPES = Set.of("BigDecimal", "BigInteger");

    private SchemaConventions() {
    }

    static GraphQLSchema.Builder apply(GraphQLSchema.Builder builder) {
        GraphQLSchema built = builder.build();
        boolean constraintUsed = used(built);
        GraphQLSchema specified = SchemaTransformer.transformSchema(built, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar, TraverserContext<GraphQLSchemaElement> context) {
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
        });
        GraphQLSchema.Builder result = GraphQLSchema.newSchema(specified).codeRegistry(typesByName(specified));
        if (!constraintUsed) {
            result.clearDirectives();
            for (GraphQLDirective directive : specified.getDirectives()) {
                if (!UNUSED_DIRECTIVES.contains(directive.getName())) {
                    result.additionalDirective(directive);
                }
            }
            result.clearAdditionalTypes();
            for (graphql.schema.GraphQLType type : specified.getAdditionalTypes()) {
                if (!(type instanceof GraphQLNamedType named && UNUSED_TYPES.contains(named.getName()))) {
                    result.additionalType(type);
                }
            }
        }
        return result;
    }

    /**
     * The transformation rebuilt every type that reaches a changed scalar, while SmallRye's type
     * resolvers still return the types they were built with; graphql-java matches fragments by
     * identity, so `... on Company` would no longer match. Each resolver's answer is looked up by
     * name in the new schema.
     */
    private static GraphQLCodeRegistry typesByName(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder builder = GraphQLCodeRegistry.newCodeRegistry(registry);
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

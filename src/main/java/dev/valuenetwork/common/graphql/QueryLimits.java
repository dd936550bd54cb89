package dev.valuenetwork.common.graphql;

import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.error.ErrorCode;
import dev.valuenetwork.common.error.LimitExceededException;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldArgumentEnvironment;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.language.IntValue;
import graphql.language.VariableReference;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.util.TraversalControl;

/**
 * Depth and cost of a document, computed from the document alone before any resolver runs.
 *
 * <p>Depth counts the fields a client asks for data. Introspection ({@code __schema},
 * {@code __type} and everything below them) is measured apart, against a bound of its own: the
 * introspection query of graphql-js 16, which GraphiQL and code generators send, nests its
 * {@code ofType} chains 13 levels deep, and a chain much deeper than any schema's types needs
 * (50 levels, say) could only be an attempt to make the server work.
 *
 * <p>Cost is the number of objects a response could hold, plus the work some fields do beyond
 * them: every field that returns objects counts the product of the list sizes on the path to it,
 * itself included, a list's size being its {@code first} argument (or its default) or, for the
 * few lists that take none, the cap or allowance in {@link FieldPrices}; fields that walk or
 * aggregate (network, paths, search, totals) add their work, times the sizes above them.
 */
public final class QueryLimits {

    /** The deepest introspection a document may use; graphql-js 16's own query needs 13. */
    public static final int MAX_INTROSPECTION_DEPTH = 20;

    private QueryLimits() {
    }

    /**
     * Depth of the data fields, depth of the introspection fields, cost of one operation, and the
     * first Int argument outside 32 bits (null when none): SmallRye's Int scalar would wrap it.
     */
    public record Measure(int depth, int introspectionDepth, long cost, String intOutOfRange, Object outOfRangeValue) {
    }

    public static Measure measure(QueryTraverser traverser) {
        Counter counter = new Counter();
        traverser.visitPreOrder(counter);
        return new Measure(counter.depth, counter.introspectionDepth, counter.cost, counter.intOutOfRange,
                counter.outOfRangeValue);
    }

    /** Throws when the measure breaks a limit; depth first, since it is the cheaper to fix. */
    public static void enforce(Measure measure, GraphQLSettings settings) {
        if (measure.intOutOfRange() != null) {
            throw ApiException.invalidArgument(measure.intOutOfRange(), "'" + measure.intOutOfRange()
                    + "' must be an Int, a whole number from -2147483648 to 2147483647; was " + measure.outOfRangeValue() + ".");
        }
        if (measure.depth() > settings.maxDepth()) {
            throw new LimitExceededException(ErrorCode.QUERY_TOO_DEEP,
                    "The document nests " + measure.depth() + " levels deep; the limit is " + settings.maxDepth() + ".",
                    measure.depth(), settings.maxDepth());
        }
        if (measure.introspectionDepth() > MAX_INTROSPECTION_DEPTH) {
            throw new LimitExceededException(ErrorCode.QUERY_TOO_DEEP,
                    "The document's introspection nests " + measure.introspectionDepth() + " levels deep; the limit is "
                            + MAX_INTROSPECTION_DEPTH + ", more than any type of this schema needs.",
                    measure.introspectionDepth(), MAX_INTROSPECTION_DEPTH);
        }
        if (measure.cost() > settings.maxCost()) {
            int cost = (int) Math.min(Integer.MAX_VALUE, measure.cost());
            throw new LimitExceededException(ErrorCode.QUERY_TOO_COSTLY,
                    "The document could return up to " + measure.cost() + " objects; the limit is " + settings.maxCost()
                            + ". Ask for fewer with `first` on the lists, above all on nested ones.",
                    cost, settings.maxCost());
        }
    }

    private static final class Counter extends QueryVisitorStub {
        private int depth;
        private int introspectionDepth;
        private long cost;
        private String intOutOfRange;
        private Object outOfRangeValue;

        @Override
        public TraversalControl visitArgument(QueryVisitorFieldArgumentEnvironment env) {
            GraphQLType type = GraphQLTypeUtil.unwrapAll(env.getGraphQLArgument().getType());
            if (intOutOfRange == null && type instanceof GraphQLScalarType scalar && "Int".equals(scalar.getName())) {
                Object value = env.getArgument().getValue() instanceof IntValue literal ? literal.getValue()
                        : env.getArgument().getValue() instanceof VariableReference variable
                                ? env.getVariables().get(variable.getName()) : null;
                if (value instanceof Number number && !fitsInt(number)) {
                    intOutOfRange = env.getGraphQLArgument().getName();
                    outOfRangeValue = number;
                }
            }
            return TraversalControl.CONTINUE;
        }

        private static boolean fitsInt(Number number) {
            try {
                new java.math.BigDecimal(number.toString()).intValueExact();
                return true;
            } catch (ArithmeticException | NumberFormatException e) {
                return false;
            }
        }

        @Override
        public void visitField(QueryVisitorFieldEnvironment env) {
            if (env.isTypeNameIntrospectionField()) {
                return;
            }
            int level = 0;
            boolean introspection = false;
            long above = 1;
            for (QueryVisitorFieldEnvironment e = env.getParentEnvironment(); e != null; e = e.getParentEnvironment()) {
                level++;
                introspection |= e.getField().getName().startsWith("__");
                above = saturatingMultiply(above, size(e));
            }
            level++;
            introspection |= env.getField().getName().startsWith("__");
            if (introspection) {
                introspectionDepth = Math.max(introspectionDepth, level);
            } else {
                depth = Math.max(depth, level);
            }
            String type = env.getFieldsContainer().getName();
            String field = env.getFieldDefinition().getName();
            long work = FieldPrices.work(type, field);
            if (work > 0) {
                cost = saturatingAdd(cost, saturatingMultiply(above, work));
            }
            if (!GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(env.getFieldDefinition().getType()))) {
                cost = saturatingAdd(cost, saturatingMultiply(above, size(env)));
            }
        }

        private static long size(QueryVisitorFieldEnvironment env) {
            Object first = env.getArguments().get("first");
            if (first instanceof Number number) {
                return Math.max(0, number.longValue());
            }
            return FieldPrices.size(env.getFieldsContainer().getName(), env.getFieldDefinition().getName());
        }

        private static long saturatingMultiply(long a, long b) {
            long r = a * b;
            return (a != 0 && (r / a != b || r < 0)) ? Long.MAX_VALUE : r;
        }

        private static long saturatingAdd(long a, long b) {
            long r = a + b;
            return r < 0 ? Long.MAX_VALUE : r;
        }
    }
}

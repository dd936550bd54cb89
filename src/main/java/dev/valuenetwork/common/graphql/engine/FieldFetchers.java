package dev.valuenetwork.common.graphql.engine;

import dev.valuenetwork.common.error.ApiException;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.LightDataFetcher;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.graphql.Input;
import org.jboss.logging.Logger;

/**
 * Replaces SmallRye's data fetchers of object fields and root queries with lean ones, keeping
 * SmallRye's schema and annotations, and its fetchers for mutations. SmallRye's fetchers rebuild
 * its request context on every call (walking the selection set into JSON arrays, looking the bean
 * up in CDI, propagating context), which the profile of a large nested read put at a fifth of its
 * CPU; for a record component or a method with plain arguments none of that is needed.
 *
 * <p>Record fields are read through their accessor without a data fetching environment (graphql-
 * java's {@link LightDataFetcher}). {@code @Source} methods and root queries are called on their
 * bean (its client proxy, so interceptors still apply), found once, with their arguments as
 * graphql-java coerced them. Both use the reflection metadata that the
 * SmallRye GraphQL extension registers for every class of its schema model, so a native image
 * sees the same classes and methods SmallRye's own fetchers use. A field this class cannot serve
 * exactly as SmallRye would keeps SmallRye's fetcher.
 */
public final class FieldFetchers {

    private static final Logger LOG = Logger.getLogger(FieldFetchers.class);

    private FieldFetchers() {
    }

    /**
     * The schema's code registry with the lean fetchers in place; the caller installs it in the
     * one transformation the schema gets after SmallRye built it ({@code SchemaConventions}).
     */
    public static GraphQLCodeRegistry.Builder leanRegistry(GraphQLSchema schema, Schema model) {
        return leanRegistry(schema, model, reflected -> { });
    }

    /**
     * The same, telling {@code reflected} every class whose members it looks up by reflection,
     * so a test can hold each of them registered for a native image (NativeImageConfigIT).
     */
    public static GraphQLCodeRegistry.Builder leanRegistry(GraphQLSchema schema, Schema model, Consumer<Class<?>> reflected) {
        GraphQLCodeRegistry.Builder registry = GraphQLCodeRegistry.newCodeRegistry(schema.getCodeRegistry());
        int replaced = 0;
        int kept = 0;
        for (Type type : model.getTypes().values()) {
            if (schema.getObjectType(type.getName()) == null) {
                continue;
            }
            Class<?> owner = load(type.getClassName());
            reflected.accept(owner);
            for (Field field : type.getFields().values()) {
                boolean lean = put(registry, type.getName(), field.getName(), recordField(owner, field));
                replaced += lean ? 1 : 0;
                kept += lean ? 0 : 1;
            }
            for (Operation operation : type.getOperations().values()) {
                boolean lean = put(registry, type.getName(), operation.getName(), sourceMethod(operation, reflected));
                replaced += lean ? 1 : 0;
                kept += lean ? 0 : 1;
            }
        }
        // Root queries with plain arguments too: SmallRye's fetcher costs a fifth of a point
        // lookup's CPU. Inputs that are objects, and mutations (transactions, input types), keep it.
        for (Operation operation : model.getQueries()) {
            boolean lean = put(registry, schema.getQueryType().getName(), operation.getName(), sourceMethod(operation, reflected));
            replaced += lean ? 1 : 0;
            kept += lean ? 0 : 1;
        }
        LOG.debugf("Lean data fetchers on %d fields; SmallRye's kept on %d", replaced, kept);
        // Every root query, lean or SmallRye's, checks the request's time budget before it starts:
        // a document of many aliases stops at the first one past it.
        GraphQLCodeRegistry partial = registry.build();
        for (GraphQLFieldDefinition root : schema.getQueryType().getFieldDefinitions()) {
            FieldCoordinates coordinates = FieldCoordinates.coordinates(schema.getQueryType(), root);
            DataFetcher<?> fetcher = partial.getDataFetcher(coordinates, root);
            registry.dataFetcher(coordinates, (DataFetcher<Object>) env -> {
                Deadline.check(env);
                return fetcher.get(env);
            });
        }
        // Quarkus hands SmallRye its default visibility as the pattern "default", which SmallRye
        // turns into a blocked-fields filter that blocks nothing but runs a regex on every field.
        String visibility = io.smallrye.graphql.spi.config.Config.get().getFieldVisibility();
        if (visibility == null || visibility.isEmpty() || "default".equals(visibility)) {
            registry.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
        }
        return registry;
    }

    private static boolean put(GraphQLCodeRegistry.Builder registry, String type, String field, DataFetcher<?> fetcher) {
        if (fetcher == null) {
            return false;
        }
        registry.dataFetcher(FieldCoordinates.coordinates(type, field), fetcher);
        return true;
    }

    /**
     * A record component. Values SmallRye converts on the way out (dates to
     * formatted strings) go through its own field helper, which needs no request context; fields
     * it adapts in other ways (adapters, optionals, arrays) keep SmallRye's fetcher.
     */
    private static DataFetcher<?> recordField(Class<?> owner, Field field) {
        if (isAdapted(field) || field.getMethodName() == null) { // public fields: none here, SmallRye serves them
            return null;
        }
        try {
            return new Accessor(owner.getMethod(field.getMethodName()), isConverted(field) ? new FieldHelper(field) : null);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** A scalar whose Java class is not the one SmallRye serialises (a date), other than a primitive's box. */
    private static boolean isConverted(Field field) {
        String javaClass = field.getReference().getClassName();
        String graphQLClass = field.getReference().getGraphQLClassName();
        return field.getReference().getType() == ReferenceType.SCALAR && !javaClass.equals(graphQLClass)
                && !PRIMITIVE_BOXES.contains(javaClass + "->" + graphQLClass) || field.hasTransformation();
    }

    /** Primitives that graphql-java's scalars take as they are. */
    private static final java.util.Set<String> PRIMITIVE_BOXES = java.util.Set.of("int->java.lang.Integer",
            "boolean->java.lang.Boolean", "double->java.lang.Float", "java.lang.Double->java.lang.Float");

    private static boolean isAdapted(Field field) {
        boolean wrapped = field.hasWrapper() && !field.getWrapper().isCollection();
        return wrapped || field.isAdaptingWith() || field.isAdaptingTo() || field.getReference().isAdaptingWith()
                || field.getReference().isAdaptingTo();
    }

    /**
     * A {@code @Source} method, or a root query, whose other arguments are all plain scalars,
     * enums or string-built scalars.
     */
    private static DataFetcher<?> sourceMethod(Operation operation, Consumer<Class<?>> reflected) {
        List<Argument> arguments = operation.getArguments();
        Class<?>[] parameterTypes = new Class<?>[arguments.size()];
        ArgumentReader[] readers = new ArgumentReader[arguments.size()];
        for (int i = 0; i < arguments.size(); i++) {
            Argument argument = arguments.get(i);
            if (argument.hasWrapper() && !argument.getWrapper().isCollection()) {
                return null;
            }
            parameterTypes[i] = argument.hasWrapper() ? load(argument.getWrapper().getWrapperClassName())
                    : load(argument.getReference().getClassName());
            reflected.accept(parameterTypes[i]);
            readers[i] = argument.isSourceArgument() ? DataFetchingEnvironment::getSource
                    : argumentReader(argument.getName(), parameterTypes[i], reflected);
            if (readers[i] == null) {
                return null;
            }
        }
        try {
            Class<?> beanClass = load(operation.getClassName());
            reflected.accept(beanClass);
            Method method = beanClass.getMethod(operation.getMethodName(), parameterTypes);
            return new SourceMethod(beanClass, method, readers);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static ArgumentReader argumentReader(String name, Class<?> type, Consumer<Class<?>> reflected) {
        ValueReader value = valueReader(name, type, reflected);
        return value == null ? null : env -> value.read(env.getArgument(name));
    }

    /**
     * How a coerced argument value becomes the Java value the method takes, or null when this
     * class cannot say. SmallRye's Int and Float scalars coerce to BigDecimal; its own fetchers
     * narrow them, as this does.
     */
    private static ValueReader valueReader(String name, Class<?> type, Consumer<Class<?>> reflected) {
        if (type == String.class || type == Boolean.class) {
            return value -> value;
        }
        if (type == Integer.class) {
            return value -> integer(name, value);
        }
        if (type == Long.class) {
            return value -> value instanceof Number n ? Long.valueOf(n.longValue()) : null;
        }
        if (type == Double.class) {
            return value -> value instanceof Number n ? Double.valueOf(n.doubleValue()) : null;
        }
        if (type.isEnum()) {
            return value -> value == null || type.isInstance(value) ? value : enumConstant(type, value.toString());
        }
        if (type.isRecord() && type.isAnnotationPresent(Input.class)) {
            return inputRecord(type, reflected);
        }
        try {
            Constructor<?> fromText = type.getConstructor(String.class);
            return value -> value == null || type.isInstance(value) ? value : construct(fromText, value.toString());
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /**
     * A flat input object (a filter, an order) as its record: graphql-java hands it over as a map
     * of its fields, defaults applied. Without this the root lists that take one kept SmallRye's
     * fetcher, whose context population walks the whole selection below the field on every call
     * (9 % of the service's CPU for Q6 of the peer benchmark). Components named otherwise in the
     * schema, or of a type read no other way, keep SmallRye's fetcher.
     */
    private static ValueReader inputRecord(Class<?> type, Consumer<Class<?>> reflected) {
        java.lang.reflect.RecordComponent[] components = type.getRecordComponents();
        if (components == null) { // a native image without the record's metadata: SmallRye's fetcher still works
            return null;
        }
        Class<?>[] types = new Class<?>[components.length];
        String[] names = new String[components.length];
        ValueReader[] values = new ValueReader[components.length];
        for (int i = 0; i < components.length; i++) {
            if (components[i].isAnnotationPresent(org.eclipse.microprofile.graphql.Name.class)) {
                return null;
            }
            types[i] = components[i].getType();
            names[i] = components[i].getName();
            reflected.accept(types[i]); // a component built from text is constructed reflectively too
            values[i] = types[i].isRecord() ? null : valueReader(names[i], types[i], reflected);
            if (values[i] == null) {
                return null;
            }
        }
        Constructor<?> canonical;
        try {
            canonical = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            return null;
        }
        return value -> {
            if (value == null || type.isInstance(value)) {
                return value;
            }
            java.util.Map<?, ?> fields = (java.util.Map<?, ?>) value;
            Object[] arguments = new Object[names.length];
            for (int i = 0; i < names.length; i++) {
                arguments[i] = values[i].read(fields.get(names[i]));
            }
            return construct(canonical, arguments);
        };
    }

    /** An Int argument, exactly: SmallRye's scalar lets 2147483648 through, which would wrap to -2147483648. */
    private static Integer integer(String name, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            try {
                return new java.math.BigDecimal(number.toString()).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                // out of range or not whole: refused below
            }
        }
        throw ApiException.invalidArgument(name, "'" + name + "' must be an Int, a whole number from -2147483648 to"
                + " 2147483647; was " + value + ".");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static Object construct(Constructor<?> constructor, Object... arguments) {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }

    private static Class<?> load(String className) {
        return switch (className) {
            case "int" -> int.class;
            case "long" -> long.class;
            case "boolean" -> boolean.class;
            case "double" -> double.class;
            default -> {
                try {
                    yield Class.forName(className, false, Thread.currentThread().getContextClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("A class of the GraphQL schema is missing: " + className, e);
                }
            }
        };
    }

    @FunctionalInterface
    private interface ArgumentReader {
        Object read(DataFetchingEnvironment env);
    }

    private interface ValueReader {
        Object read(Object value);
    }

    /** Reads a record component; needs the data fetching environment only to convert a value. */
    private record Accessor(Method method, FieldHelper conversion) implements LightDataFetcher<Object> {

        @Override
        public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> env) {
            if (source == null) {
                return null;
            }
            try {
                Object value = method.invoke(source);
                return conversion == null ? value : conversion.transformOrAdaptResponse(value, env.get());
            } catch (InvocationTargetException e) {
                throw rethrow(e.getCause());
            } catch (IllegalAccessException | AbstractDataFetcherException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Object get(DataFetchingEnvironment environment) {
            return get(null, environment.getSource(), () -> environment);
        }
    }

    /** Calls a method on its bean, with the field's environment bound for batch loaders and selection checks. */
    private static final class SourceMethod implements DataFetcher<Object> {

        private final Class<?> beanClass;
        private final Method method;
        private final ArgumentReader[] readers;
        private volatile Object bean;

        SourceMethod(Class<?> beanClass, Method method, ArgumentReader[] readers) {
            this.beanClass = beanClass;
            this.method = method;
            this.readers = readers;
        }

        @Override
        public Object get(DataFetchingEnvironment env) {
            Deadline.check(env);
            Object[] arguments = new Object[readers.length];
            for (int i = 0; i < readers.length; i++) {
                arguments[i] = readers[i].read(env);
            }
            Object result = CurrentField.call(env, () -> invoke(arguments));
            // A value already at hand (a batch that was loaded, a row joined in) goes back as it is:
            // graphql-java completes a plain value without the future's chain of callbacks.
            if (result instanceof CompletableFuture<?> future && future.isDone() && !future.isCompletedExceptionally()) {
                return future.join();
            }
            return result;
        }

        private Object invoke(Object[] arguments) {
            try {
                return method.invoke(bean(), arguments);
            } catch (InvocationTargetException e) {
                throw rethrow(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        private Object bean() {
            Object found = bean;
            if (found == null) {
                found = Arc.container().instance(beanClass).get();
                bean = found;
            }
            return found;
        }
    }
}

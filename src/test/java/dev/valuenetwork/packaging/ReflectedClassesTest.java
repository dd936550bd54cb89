package dev.valuenetwork.packaging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuenetwork.common.graphql.engine.FieldFetchers;
import dev.valuenetwork.dataset.ChangeNotice;
import dev.valuenetwork.dataset.RecordSlice;
import dev.valuenetwork.dataset.Slices;
import dev.valuenetwork.person.ExecutiveGraphQLApi;
import dev.valuenetwork.support.EmbeddedPostgresResource;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.schema.model.Schema;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Lists every class of the service that its own code reaches by reflection, from the running
 * service: what the lean fetchers look up on the live schema (FieldFetchers), and what Jackson
 * binds (each slice's dataset record with what it holds, and the change notice). The list goes
 * to {@value #LIST}; {@code NativeImageConfigIT} then holds every entry registered in the native
 * image's configuration. {@code ReflectionSitesTest} makes sure these are the only places that
 * reflect.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ReflectedClassesTest {

    static final String LIST = "target/native-checks/reflected-classes.txt";

    @Inject
    GraphQLSchema schema;
    @Inject
    Schema model;
    @Inject
    Slices slices;

    @Test
    void shouldListTheClassesTheServiceReflectsOn() throws IOException {
        Set<String> names = new TreeSet<>();
        // every class the fetchers look up, the JDK's included: Class.forName finds only what the image registers
        FieldFetchers.leanRegistry(schema, model, type -> {
            if (!type.isPrimitive()) {
                names.add(type.getName());
            }
        });
        for (RecordSlice<?, ?> slice : slices.all()) {
            bound(names, slice.recordType());
        }
        bound(names, ChangeNotice.class);
        assertTrue(names.contains(ExecutiveGraphQLApi.class.getName()), "the lean fetchers call its @Source methods");
        assertTrue(names.size() > 50, names.toString());
        Path list = Path.of(LIST);
        Files.createDirectories(list.getParent());
        Files.write(list, names);
    }

    /** A record Jackson reads or writes, and what its components hold. */
    private static void bound(Set<String> names, Class<?> type) {
        if (!add(names, type) || !type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            held(names, component.getGenericType());
        }
    }

    private static void held(Set<String> names, Type type) {
        if (type instanceof Class<?> plain) {
            bound(names, plain.isArray() ? plain.getComponentType() : plain);
        } else if (type instanceof ParameterizedType generic) {
            held(names, generic.getRawType());
            for (Type argument : generic.getActualTypeArguments()) {
                held(names, argument);
            }
        }
    }

    /** The service's records; JDK types (String, List, BigDecimal) Jackson handles with its own code, not by reflection. */
    private static boolean add(Set<String> names, Class<?> type) {
        return type.getName().startsWith("dev.valuenetwork.") && names.add(type.getName());
    }
}

package dev.valuenetwork.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuenetwork.ValueNetworkMain;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.Channel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Timer;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A native image initialises application classes at build time, so a static field must not hold
 * anything that belongs to one run: a seeded random (the same "random" numbers in every process),
 * a thread, an executor, a socket or an open file. A native build once failed on exactly that
 * (a static SecureRandom); no native builder runs here, so this test looks for such values in
 * every compiled class of the service.
 */
class StaticStateTest {

    private static final List<Class<?>> RUN_BOUND = List.of(Random.class, Thread.class, Executor.class, Timer.class,
            Socket.class, ServerSocket.class, Channel.class, InputStream.class, OutputStream.class, Reader.class,
            Writer.class, RandomAccessFile.class, Process.class);

    @Test
    void noApplicationClassHoldsRunBoundStateInAStaticField() throws Exception {
        Path classes = Path.of(ValueNetworkMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = classNames(classes);
        assertTrue(names.size() > 100, "expected the service's classes under " + classes + ", found " + names.size());
        List<String> findings = new ArrayList<>();
        for (String name : names) {
            findings.addAll(findings(Class.forName(name, true, getClass().getClassLoader())));
        }
        assertEquals(List.of(), findings);
    }

    @Test
    void theCheckFindsAStaticRandom() throws Exception {
        assertEquals(List.of(HoldsRandom.class.getName() + ".RANDOM holds a " + SecureRandom.class.getName()),
                findings(HoldsRandom.class));
        assertEquals(List.of(HoldsThreadInList.class.getName() + ".WORKERS holds a " + Thread.class.getName()),
                findings(HoldsThreadInList.class));
    }

    private static List<String> findings(Class<?> type) throws IllegalAccessException {
        List<String> found = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.isSynthetic() && field.getName().startsWith("$")) {
                continue;
            }
            field.setAccessible(true);
            Object value = field.get(null);
            for (Object held : heldValues(value)) {
                if (held != null && RUN_BOUND.stream().anyMatch(bound -> bound.isInstance(held))) {
                    found.add(type.getName() + "." + field.getName() + " holds a " + held.getClass().getName());
                    break;
                }
            }
        }
        return found;
    }

    /** The value and, one level down, the elements of a collection, map or array it is. */
    private static List<Object> heldValues(Object value) {
        List<Object> held = new ArrayList<>();
        held.add(value);
        if (value instanceof Collection<?> collection) {
            held.addAll(collection);
        } else if (value instanceof Map<?, ?> map) {
            held.addAll(map.keySet());
            held.addAll(map.values());
        } else if (value != null && value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                held.add(Array.get(value, i));
            }
        }
        return held;
    }

    private static List<String> classNames(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString())
                    .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
                    .filter(name -> name.startsWith("dev.valuenetwork."))
                    .sorted()
                    .toList();
        }
    }

    static final class HoldsRandom {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    static final class HoldsThreadInList {
        static final List<Thread> WORKERS = List.of(new Thread(() -> { }));
    }
}

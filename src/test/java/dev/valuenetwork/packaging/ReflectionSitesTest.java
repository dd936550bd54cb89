package dev.valuenetwork.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuenetwork.ValueNetworkMain;
import dev.valuenetwork.packaging.fixtures.LooksUpByName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A native image finds a class by name, or a member by reflection, only when the class is
 * registered, and Quarkus registers what it knows extensions need, not what the service's own
 * code looks up. So every place in the service's bytecode that reflects (Class.forName, member
 * lookups, Jackson binding a class) must be one whose classes {@link ReflectedClassesTest}
 * lists, and {@code NativeImageConfigIT} checks that list against the image's configuration.
 * A new reflective call site fails here until it is accounted for.
 */
class ReflectionSitesTest {

    /** The call sites and why their classes are covered. */
    private static final Map<String, String> KNOWN = Map.of(
            "dev/valuenetwork/common/graphql/engine/FieldFetchers", "reports each class it looks up (leanRegistry)",
            "dev/valuenetwork/dataset/DatasetReader", "binds the slices' records",
            "dev/valuenetwork/dataset/DatasetExporter", "writes the slices' records",
            "dev/valuenetwork/dataset/ChangeLog", "writes the slices' records",
            "dev/valuenetwork/dataset/AuditRows", "writes the slices' records in maps",
            "dev/valuenetwork/dataset/ChangeNotice", "binds itself",
            "dev/valuenetwork/common/http/PersistedDocuments", "binds a Map<String, String>, no class of its own");

    private static final Set<String> REFLECTIVE = Set.of(
            "java/lang/Class.forName", "java/lang/Class.getMethod", "java/lang/Class.getMethods",
            "java/lang/Class.getDeclaredMethod", "java/lang/Class.getDeclaredMethods", "java/lang/Class.getConstructor",
            "java/lang/Class.getConstructors", "java/lang/Class.getDeclaredConstructor",
            "java/lang/Class.getDeclaredConstructors", "java/lang/Class.getField", "java/lang/Class.getFields",
            "java/lang/Class.getDeclaredField", "java/lang/Class.getDeclaredFields", "java/lang/Class.getRecordComponents",
            "java/lang/ClassLoader.loadClass", "java/lang/reflect/Method.invoke", "java/lang/reflect/Constructor.newInstance",
            "java/lang/reflect/Field.get", "java/lang/reflect/Field.set", "java/lang/invoke/MethodHandles$Lookup.findVirtual",
            "java/lang/invoke/MethodHandles$Lookup.findStatic", "java/lang/invoke/MethodHandles$Lookup.findConstructor");
    // Enum.valueOf is left out: every enum's own valueOf calls it, and a native image supports it for every enum it holds.

    private static final Set<String> JACKSON_BINDING = Set.of("readValue", "readValues", "readerFor", "writerFor",
            "convertValue", "treeToValue", "valueToTree", "writeValue", "writeValueAsString", "writeValueAsBytes");

    @Test
    void everyReflectiveCallSiteIsAccountedFor() throws Exception {
        Path classes = Path.of(ValueNetworkMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> sites = sites(classes);
        assertTrue(sites.contains("dev/valuenetwork/common/graphql/engine/FieldFetchers"), sites.toString());
        Set<String> unknown = new TreeSet<>(sites);
        unknown.removeAll(KNOWN.keySet());
        assertEquals(Set.of(), unknown, "reflective call sites that no test accounts for: list what each looks up"
                + " in ReflectedClassesTest and name it in KNOWN");
    }

    @Test
    void theScanFindsAClassLookedUpByName() throws Exception {
        Path fixtures = Path.of(LooksUpByName.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(sites(fixtures).contains("dev/valuenetwork/packaging/fixtures/LooksUpByName"));
    }

    /** The classes (internal names, nested ones under their outer class) whose code calls a reflective API. */
    static Set<String> sites(Path root) throws IOException {
        Set<String> sites = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String owner = root.relativize(file).toString().replace('\\', '/');
                owner = owner.substring(0, owner.length() - ".class".length());
                String outer = owner.contains("$") ? owner.substring(0, owner.indexOf('$')) : owner;
                if (outer.startsWith("dev/valuenetwork/") && reflects(file)) {
                    sites.add(outer);
                }
            }
        }
        return sites;
    }

    private static boolean reflects(Path file) {
        boolean[] found = {false};
        try (InputStream in = Files.newInputStream(file)) {
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean isInterface) {
                            boolean jackson = owner.startsWith("com/fasterxml/jackson/databind/Object")
                                    && JACKSON_BINDING.contains(method);
                            found[0] |= jackson || REFLECTIVE.contains(owner + "." + method);
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found[0];
    }
}

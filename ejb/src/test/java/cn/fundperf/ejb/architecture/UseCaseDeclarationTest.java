package cn.fundperf.ejb.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.organization.ScopedRecord;
import cn.fundperf.ejb.permission.Guarded;
import cn.fundperf.ejb.permission.InScope;
import cn.fundperf.ejb.permission.Unscoped;
import cn.fundperf.ejb.security.ReachableRecord;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps use cases declaring their data scope and audit (issue 11): every id a guarded use case
 * takes is either checked by the interceptor ({@link InScope}) or said to need no scope
 * ({@link Unscoped}); what {@code @InScope} names has a rule; and audit records are written by
 * the interceptor, not by hand, except for the security events that are no use case.
 */
class UseCaseDeclarationTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final Path SOURCES = Path.of("src/main/java");

    /** Sign-in, sign-out, one's own password and background tasks: events of the person, not use cases under a permission. */
    private static final Set<String> HAND_WRITTEN_AUDIT = Set.of("AccountService.java", "TaskService.java");

    @Test
    void everyIdOfAGuardedUseCaseIsDeclared() throws Exception {
        List<String> undeclared = new ArrayList<>();
        int checked = 0;
        for (Class<?> service : services()) {
            for (Method method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || !guarded(service, method)) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    if (!isId(parameter)) {
                        continue;
                    }
                    checked++;
                    InScope inScope = parameter.getAnnotation(InScope.class);
                    if (inScope == null && parameter.getAnnotation(Unscoped.class) == null) {
                        undeclared.add(service.getSimpleName() + "." + method.getName() + "(" + parameter.getName() + ")");
                    }
                    if (inScope != null && !ScopedRecord.class.isAssignableFrom(inScope.value())
                            && !ReachableRecord.class.isAssignableFrom(inScope.value())) {
                        undeclared.add(service.getSimpleName() + "." + method.getName() + ": " + inScope.value().getSimpleName() + " has no rule");
                    }
                }
            }
        }
        assertTrue(checked > 50, "the scan found the services' ids (" + checked + ")");
        assertEquals(List.of(), undeclared, "ids of use cases without @InScope or @Unscoped");
    }

    @Test
    void auditRecordsOfUseCasesAreDeclared() throws IOException {
        List<String> handWritten = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (source.contains("auditTrail.record(") && !HAND_WRITTEN_AUDIT.contains(file.getFileName().toString())) {
                    handWritten.add(file.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), handWritten, "use cases declare their audit in @Guarded(audit = …) instead");
    }

    private static boolean isId(Parameter parameter) {
        Class<?> type = parameter.getType();
        String name = parameter.getName();
        return (type == long.class || type == Long.class) && (name.equals("id") || name.endsWith("Id"));
    }

    private static boolean guarded(Class<?> service, Method method) {
        return method.isAnnotationPresent(Guarded.class) || service.isAnnotationPresent(Guarded.class);
    }

    private static List<Class<?>> services() throws IOException, ClassNotFoundException {
        List<Class<?>> services = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, UseCaseDeclarationTest.class.getClassLoader());
                if (type.isAnnotationPresent(Stateless.class)) {
                    services.add(type);
                }
            }
        }
        assertTrue(services.size() > 15, "the scan found the services (" + services.size() + ")");
        return services;
    }
}

package cn.fundperf.web.it;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The declared authorization matrix (authorization-matrix.txt): the roles and the demo users who play
 * them, one row per JSON operation and per page with the expected answer for each role, and what is
 * sent for each. Also what the application has: its JAX-RS operations and its pages, so that the
 * test can hold the two against each other.
 */
final class AuthorizationMatrix {

    static final String ANONYMOUS = "anonymous";
    static final String PAGE = "PAGE";

    /** One operation or page; its cells by role, e.g. {@code ok/404}, {@code 403}, {@code login}. */
    record Row(String method, String path, String target, Map<String, String> cells, int line) {

        String key() {
            return method + " " + path;
        }

        boolean isPage() {
            return PAGE.equals(method);
        }
    }

    /** What an allowed caller gets, the query string and the body ({@code {id}}, {@code {year}}, {@code {code}} filled in later). */
    record Request(int allowedStatus, String query, String body) {
    }

    final List<String> roles = new ArrayList<>();
    final Map<String, String> users = new LinkedHashMap<>();
    final Map<String, Row> rows = new LinkedHashMap<>();
    final Map<String, Request> requests = new LinkedHashMap<>();

    static AuthorizationMatrix load() {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream("/authorization-matrix.txt")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AuthorizationMatrix parse(List<String> lines) {
        AuthorizationMatrix matrix = new AuthorizationMatrix();
        boolean inRequests = false;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.equals("[requests]")) {
                inRequests = true;
                continue;
            }
            String[] words = line.split("\\s+");
            if (inRequests) {
                String[] parts = line.split("\\s+", 4);
                String rest = parts.length > 3 ? parts[3] : "";
                String[] queryAndBody = rest.startsWith("?") ? rest.split("\\s+", 2) : new String[] {null, rest};
                String query = queryAndBody[0] == null ? null : queryAndBody[0].substring(1);
                String body = queryAndBody.length < 2 || queryAndBody[1].isEmpty() ? null : queryAndBody[1];
                String key = parts[0] + " " + parts[1];
                require(matrix.requests.put(key, new Request(Integer.parseInt(parts[2]), query, body)) == null, n, "a second request for " + key);
            } else if (words[0].equals("roles")) {
                matrix.roles.addAll(Arrays.asList(words).subList(1, words.length));
            } else if (words[0].equals("played-by")) {
                require(words.length == matrix.roles.size() + 1, n, "one user per role");
                for (int i = 1; i < words.length; i++) {
                    matrix.users.put(matrix.roles.get(i - 1), words[i]);
                }
            } else {
                require(words.length == 3 + matrix.roles.size(), n, "method, path, target and one cell per role: " + line);
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < matrix.roles.size(); i++) {
                    cells.put(matrix.roles.get(i), words[3 + i]);
                }
                Row row = new Row(words[0], words[1], words[2], cells, n);
                require(matrix.rows.put(row.key(), row) == null, n, "a second row for " + row.key());
            }
        }
        matrix.requests.keySet().forEach(key -> require(matrix.rows.containsKey(key), 0, "a request for " + key + " that has no row"));
        return matrix;
    }

    private static void require(boolean condition, int line, String what) {
        if (!condition) {
            throw new IllegalStateException("authorization-matrix.txt line " + line + ": " + what);
        }
    }

    Request request(Row row) {
        Request declared = requests.get(row.key());
        if (declared != null) {
            return declared;
        }
        require(row.isPage() || row.method().equals("GET"), row.line(), row.key() + " changes data: say in [requests] what is sent");
        return new Request(200, null, null);
    }

    /** Every JAX-RS resource method of the web module as {@code METHOD /api/path/{param}}. */
    static SortedSet<String> operationsInCode() {
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        List<Class<?>> types = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("cn/fundperf/web"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                // load only classes that mention JAX-RS at all: the others may need the server to load
                if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("jakarta/ws/rs/")) {
                    String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "");
                    types.add(Class.forName(name, false, AuthorizationMatrix.class.getClassLoader()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        String root = types.stream().filter(t -> t.isAnnotationPresent(ApplicationPath.class))
                .map(t -> t.getAnnotation(ApplicationPath.class).value()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no @ApplicationPath in cn.fundperf.web"));
        SortedSet<String> operations = new TreeSet<>();
        for (Class<?> type : types) {
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String http = httpMethod(method);
                Path sub = method.getAnnotation(Path.class);
                if (http == null && sub != null) {
                    throw new IllegalStateException("sub-resource locator " + method + ": give the matrix a way to follow it");
                }
                if (http != null) {
                    operations.add(http + " " + join(root, type.getAnnotation(Path.class).value(), sub == null ? "" : sub.value()));
                }
            }
        }
        return operations;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString();
    }

    /** Every page a browser can ask for: the .xhtml files outside WEB-INF/ (templates, includes) and error/. */
    static SortedSet<String> pagesInCode() {
        java.nio.file.Path webapp = java.nio.file.Path.of("src", "main", "webapp");
        try (Stream<java.nio.file.Path> files = Files.walk(webapp)) {
            SortedSet<String> pages = new TreeSet<>();
            files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/error/") && !p.startsWith("/resources/"))
                    .forEach(p -> pages.add(PAGE + " " + p));
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package cn.fundperf.ejb.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Packages by feature depend on each other one way only (issue 11: project⇄target, audit⇄security,
 * audit⇄job and organization⇄security were cut): the imports of the main sources, read as a graph
 * of packages, have no cycle. A failure names the packages of each cycle and the imports that make it.
 */
class PackageCyclesTest {

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([a-z][\\w.]*?)\\.[A-Z]\\w*", Pattern.MULTILINE);

    @ParameterizedTest
    @CsvSource({"src/main/java, cn.fundperf.ejb", "../web/src/main/java, cn.fundperf.web"})
    void no_package_depends_on_itself_through_others(String sources, String root) {
        Map<String, Map<String, Set<String>>> graph = importsBetweenPackages(Path.of(sources), root);
        assertTrue(graph.size() > 5, "the sources were found: " + graph.keySet());
        List<List<String>> cycles = stronglyConnected(graph).stream().filter(c -> c.size() > 1).toList();
        StringBuilder why = new StringBuilder();
        for (List<String> cycle : cycles) {
            why.append("\n  cycle ").append(cycle);
            for (String from : cycle) {
                for (String to : cycle) {
                    Set<String> files = graph.get(from).get(to);
                    if (files != null) {
                        why.append("\n    ").append(from).append(" -> ").append(to).append(": ").append(files);
                    }
                }
            }
        }
        assertEquals(List.of(), cycles, why.toString());
    }

    /** package -> (imported package -> the importing classes). */
    private static Map<String, Map<String, Set<String>>> importsBetweenPackages(Path sources, String root) {
        Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher pkg = PACKAGE.matcher(text);
                if (!pkg.find() || !pkg.group(1).startsWith(root)) {
                    continue;
                }
                String from = pkg.group(1);
                Map<String, Set<String>> targets = graph.computeIfAbsent(from, k -> new TreeMap<>());
                Matcher imported = IMPORT.matcher(text);
                while (imported.find()) {
                    String to = imported.group(1);
                    if (to.startsWith(root) && !to.equals(from)) {
                        targets.computeIfAbsent(to, k -> new TreeSet<>()).add(file.getFileName().toString());
                        graph.computeIfAbsent(to, k -> new TreeMap<>());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** Tarjan's strongly connected components. */
    private static List<List<String>> stronglyConnected(Map<String, Map<String, Set<String>>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> components = new ArrayList<>();
        int[] counter = {0};
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, components, counter);
            }
        }
        return components;
    }

    private static void connect(String node, Map<String, Map<String, Set<String>>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<List<String>> components, int[] counter) {
        index.put(node, counter[0]);
        low.put(node, counter[0]++);
        stack.push(node);
        onStack.add(node);
        for (String next : graph.get(node).keySet()) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, components, counter);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            List<String> component = new ArrayList<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            components.add(component.stream().sorted().toList());
        }
    }
}

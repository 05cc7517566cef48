package dev.wasm4j.bench;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Defaults;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The benchmarks jar's entry point: JMH's own command line, run on the runtimes this JVM has. Where every
 * runtime is available (or the command line sets {@code -p runtime=...} itself) it is plain JMH.
 *
 * <p>Otherwise each missing runtime (wasmtime before JDK 22, or without its native library) is left out,
 * said in one line, rather than failing the setup of every benchmark that lists it. JMH's {@code -p} gives
 * all benchmarks one list and theirs differ (only calls measure pure-dynamic, Chicory runs no SIMD), so the
 * benchmarks that share a list run together, one JMH run per list, and the results file gets them all.
 */
public final class BenchMain {
    static final String RUNTIME = "runtime";

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            org.openjdk.jmh.Main.main(args); // says what is wrong with the command line
            return;
        }
        boolean justRun = !(options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
                || options.shouldListProfilers() || options.shouldListResultFormats());
        Map<String, String> missing = Program.unavailableRuntimes();
        if (missing.isEmpty() || !justRun || options.getParameter(RUNTIME).hasValue()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        missing.forEach((runtime, why) -> System.out.println("bench: runtime " + runtime + " left out: " + why));

        // The benchmarks the command line selects, grouped by their runtimes that are available here.
        Map<List<String>, Set<String>> byRuntimes = new LinkedHashMap<>();
        Set<String> selected = new TreeSet<>();
        for (BenchmarkListEntry entry : BenchmarkList.defaultList().find(
                OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT),
                options.getIncludes(), options.getExcludes())) {
            selected.add(entry.getUsername());
            List<String> runtimes = runtimes(Class.forName(entry.getUserClassQName()));
            if (runtimes != null) {
                runtimes.removeAll(missing.keySet());
                if (runtimes.isEmpty()) {
                    System.out.println("bench: " + entry.getUsername() + " left out: none of its runtimes is here");
                    continue;
                }
            }
            byRuntimes.computeIfAbsent(runtimes, r -> new TreeSet<>()).add(entry.getUsername());
        }

        if (byRuntimes.isEmpty()) {
            org.openjdk.jmh.Main.main(args); // says that nothing matches
            return;
        }
        List<RunResult> results = new ArrayList<>();
        for (Map.Entry<List<String>, Set<String>> group : byRuntimes.entrySet()) {
            ChainedOptionsBuilder run = new OptionsBuilder().parent(options);
            if (group.getKey() != null) {
                run.param(RUNTIME, group.getKey().toArray(new String[0]));
            }
            // A child's includes add to the command line's, so the other benchmarks are excluded instead.
            for (String other : selected) {
                if (!group.getValue().contains(other)) {
                    run.exclude("^" + Pattern.quote(other) + "$");
                }
            }
            results.addAll(new Runner(run.build()).run());
        }
        // Each run wrote the results file with its own results only: write them all, where JMH writes them.
        if (options.getResult().hasValue() || options.getResultFormat().hasValue()) {
            ResultFormatType format = options.getResultFormat().orElse(Defaults.RESULT_FORMAT);
            String file = options.getResult().orElse("jmh-result." + format.toString().toLowerCase(Locale.ROOT));
            ResultFormatFactory.getInstance(format, file).writeOut(results);
        }
    }

    /** The values of {@code benchmarkClass}'s runtime parameter, or null if it has none. */
    private static List<String> runtimes(Class<?> benchmarkClass) {
        try {
            return new ArrayList<>(List.of(benchmarkClass.getField(RUNTIME).getAnnotation(Param.class).value()));
        } catch (NoSuchFieldException e) {
            return null;
        }
    }
}

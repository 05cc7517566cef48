package dev.wasm4j.cli;

import dev.wasm4j.Engine;
import dev.wasm4j.Feature;
import dev.wasm4j.conformance.FileResult;
import dev.wasm4j.conformance.SuiteFiles;
import dev.wasm4j.conformance.WastRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** Runs spec-test scripts: a line per file, the first failures, and a closing count of commands. */
@Command(name = "wast", mixinStandardHelpOptions = true,
        description = "Run .wast scripts (the spec test format) and report each file's pass count.")
final class WastCommand implements Callable<Integer> {
    @Option(names = "--backend", paramLabel = "NAME", description = "Backend to run the scripts on.")
    String backend;

    @Option(names = "--wasm2", description = "Only WebAssembly 2.0 features (default: by the file's place in the"
            + " suite: 2.0/ gets 2.0, anything else 3.0 plus its proposal).")
    boolean wasm2;

    @Option(names = "--show", paramLabel = "N", defaultValue = "5",
            description = "How many failures to print per file (default: ${DEFAULT-VALUE}).")
    int show;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".wast files.")
    List<Path> files;

    @Override
    public Integer call() {
        String backendName = Engine.selectedBackendName(backend);
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        for (Path file : files) {
            String name = file.toString().replace('\\', '/');
            Set<Feature> features = wasm2 ? Feature.WASM_2_0 : SuiteFiles.featuresFor(name);
            FileResult r = new WastRunner(backendName, features).run(file, name);
            passed += r.passed();
            failed += r.failed();
            skipped += r.skipped();
            String status = r.failed() == 0 ? "PASS" : "FAIL";
            System.out.println(status + " " + name + " " + r.passed() + "/" + r.total()
                    + (r.skipped() > 0 ? " (" + r.skipped() + " skipped)" : ""));
            r.failures().stream().limit(show).forEach(f -> System.out.println("    " + f));
            r.skipReasons().forEach((why, n) -> System.out.println("    skipped " + n + ": " + why));
        }
        System.out.println(passed + " passed, " + failed + " failed, " + skipped + " skipped");
        return failed == 0 ? 0 : ErrorReporter.EXIT_ERROR;
    }
}

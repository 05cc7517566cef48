package dev.wasm4j.conformance;

import dev.wasm4j.BackendInfo;
import dev.wasm4j.Engine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every .wast file of the spec suite on every available backend, writes the results table to
 * target/RESULTS.md (and to RESULTS.md itself with -Dwasm4j.conformance.update=true), and fails when a
 * file passes fewer commands than the committed conformance/RESULTS.md records.
 */
class SpecSuiteConformanceTest {
    private static final Path COMMITTED = Path.of("RESULTS.md");

    @Test
    void no_spec_file_passes_fewer_commands_than_the_committed_table() throws IOException {
        Path suite = SuiteFiles.suiteRoot();
        List<Path> files = SuiteFiles.all(suite);
        assertTrue(files.size() > 300, "expected the whole suite under " + suite + ", found " + files.size());

        ResultsTable now = new ResultsTable();
        StringBuilder summary = new StringBuilder();
        for (BackendInfo backend : Engine.backends()) {
            if (!backend.available()) {
                summary.append(backend.name()).append(": not run, ").append(backend.unavailableReason().get())
                        .append('\n');
                continue;
            }
            SuiteRun run = SuiteRun.run(backend.name(), suite, files);
            run.results().forEach(r -> now.put(backend.name(), r));
            summary.append(run.summaryLine()).append('\n');
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/conformance-summary.txt"), summary.toString());
        now.write(Path.of("target/RESULTS.md"), RESULTS_PREAMBLE);
        if (Boolean.getBoolean("wasm4j.conformance.update")) {
            now.write(COMMITTED, RESULTS_PREAMBLE);
        }

        List<String> regressions = new ArrayList<>(ResultsTable.read(COMMITTED).regressionsIn(now));
        if (!regressions.isEmpty()) {
            fail("conformance regressions against conformance/RESULTS.md:\n  "
                    + String.join("\n  ", regressions));
        }
    }

    static final String RESULTS_PREAMBLE = """
            # Conformance results

            Commands passed / commands in each spec file (`../shared/wasm-testsuite`, see its SOURCE.md),
            per backend. Written by `SpecSuiteConformanceTest`; the test run fails when a file passes fewer
            commands than this table records. Refresh after an improvement with
            `./scripts/test.sh -Dwasm4j.conformance.update=true`.
            """;
}

package dev.wasm4j.conformance;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one .wast file on one backend.
 *
 * @param file        the file's name relative to the suite root (e.g. {@code 2.0/i32.wast})
 * @param passed      commands that behaved as the script expects
 * @param failed      commands that did not
 * @param skipped     commands the backend reported it cannot run yet
 * @param failures    the failures, in file order (line and what went wrong)
 * @param skipReasons why commands were skipped, with counts
 * @param messageMismatches passed commands that failed for the expected kind of reason, but whose
 *                          message differs from the script's wording
 */
public record FileResult(String file, int passed, int failed, int skipped, List<Failure> failures,
                         Map<String, Integer> skipReasons, int messageMismatches) {
    public FileResult {
        failures = List.copyOf(failures);
        skipReasons = Map.copyOf(skipReasons);
    }

    public int total() {
        return passed + failed + skipped;
    }

    public boolean allPassed() {
        return failed == 0 && skipped == 0;
    }

    /** One command that did not behave as expected. */
    public record Failure(int line, String message) {
        @Override
        public String toString() {
            return "line " + line + ": " + message;
        }
    }
}

package dev.wasm4j.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs many .wast files on one backend, a few at a time. Each file runs on its own thread with a fixed
 * stack size and a time limit, so a backend bug that loops forever costs one
 * file, not the whole run.
 */
public final class SuiteRun {
    // Deep enough for every non-exhausting recursion in the suite; a larger stack makes each
    // assert_exhaustion slower (16 MiB: 7x the time of 2 MiB for the same files).
    static final long STACK_BYTES = 4L << 20;
    static final long FILE_TIMEOUT_SECONDS = Long.getLong("wasm4j.conformance.timeout", 180);

    private final String backend;
    private final List<FileResult> results;
    private final long millis;

    private SuiteRun(String backend, List<FileResult> results, long millis) {
        this.backend = backend;
        this.results = results;
        this.millis = millis;
    }

    public static SuiteRun run(String backend, Path root, List<Path> files) {
        long start = System.nanoTime();
        int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
        Semaphore slots = new Semaphore(parallelism);
        List<FutureTask<FileResult>> tasks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Runnable> frees = new ArrayList<>();
        for (Path file : files) {
            String name = SuiteFiles.relativeName(root, file);
            names.add(name);
            AtomicBoolean freed = new AtomicBoolean();
            Runnable free = () -> {
                if (freed.compareAndSet(false, true)) {
                    slots.release();
                }
            };
            frees.add(free);
            tasks.add(new FutureTask<>(() -> {
                try {
                    return new WastRunner(backend, SuiteFiles.featuresFor(name)).run(file, name);
                } finally {
                    free.run();
                }
            }));
        }
        List<FileResult> results = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < tasks.size(); i++) {
            // Keep up to `parallelism` files running ahead of the one we wait for.
            while (next < tasks.size() && (next <= i || slots.tryAcquire())) {
                if (next <= i) {
                    slots.acquireUninterruptibly();
                }
                Thread t = new Thread(null, tasks.get(next), "wast-" + names.get(next), STACK_BYTES);
                t.setDaemon(true);
                t.start();
                next++;
            }
            results.add(await(tasks.get(i), names.get(i), frees.get(i)));
        }
        return new SuiteRun(backend, results, (System.nanoTime() - start) / 1_000_000);
    }

    private static FileResult await(FutureTask<FileResult> task, String name, Runnable freeSlot) {
        try {
            return task.get(FILE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            // The thread cannot be stopped safely; it is a daemon, and its slot is given to the next file.
            freeSlot.run();
            return crashed(name, "timed out after " + FILE_TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
            return crashed(name, "runner crashed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return crashed(name, "interrupted");
        }
    }

    private static FileResult crashed(String name, String why) {
        return new FileResult(name, 0, 1, 0, List.of(new FileResult.Failure(0, why)), java.util.Map.of(), 0);
    }

    public String backend() {
        return backend;
    }

    public List<FileResult> results() {
        return results;
    }

    public int passed() {
        return results.stream().mapToInt(FileResult::passed).sum();
    }

    public int failed() {
        return results.stream().mapToInt(FileResult::failed).sum();
    }

    public int skipped() {
        return results.stream().mapToInt(FileResult::skipped).sum();
    }

    public String summaryLine() {
        long clean = results.stream().filter(FileResult::allPassed).count();
        return String.format("%s: %d/%d files fully passed; commands %d passed, %d failed, %d skipped (%.1f s)",
                backend, clean, results.size(), passed(), failed(), skipped(), millis / 1000.0);
    }
}

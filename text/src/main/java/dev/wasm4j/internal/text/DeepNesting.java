package dev.wasm4j.internal.text;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The parsers recurse once per level of folded instructions and nested S-expressions. A text that
 * nests deeper than the caller's thread stack allows is parsed again on a thread of its own with a
 * large stack (address space is reserved, not committed), so that deep but legal input works; only
 * input deeper than that is refused, with an error instead of a {@link StackOverflowError}.
 */
public final class DeepNesting {
    /** The stack of the retry thread: enough for millions of levels. */
    private static final long RETRY_STACK_BYTES = 1L << 30;

    private DeepNesting() {
    }

    public static <T> T parse(Supplier<T> parser, String sourceName) {
        try {
            return parser.get();
        } catch (StackOverflowError e) {
            return onLargeStack(parser, sourceName);
        }
    }

    private static <T> T onLargeStack(Supplier<T> parser, String sourceName) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(parser.get());
            } catch (Throwable x) {
                failure.set(x);
            }
        }, "wasm4j-deep-parse", RETRY_STACK_BYTES);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable x = failure.get();
        if (x instanceof StackOverflowError) {
            throw new TextParseException(sourceName, 1, 1, "nesting too deep for the parser");
        }
        if (x instanceof RuntimeException r) {
            throw r;
        }
        if (x instanceof Error err) {
            throw err;
        }
        return result.get();
    }
}

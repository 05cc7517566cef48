package dev.wasm4j.pure.internal.runtime;

import java.util.Arrays;

/**
 * Tail calls on the JVM, which has none: a trampoline. A function that contains a {@code return_call*}
 * is compiled to a body method and a wrapper under its usual name, which every caller calls. Where the
 * body would tail-call, it records the target and the arguments in its store and returns; the wrapper
 * sees the request and runs it, and any request that call makes in turn, in a loop — so a chain of tail
 * calls of any length runs at constant JVM stack depth. The loop calls the targets' bodies, never their
 * wrappers, else each step would nest one more loop. The store holds the request because a chain may
 * cross instances; a store is used by one thread at a time.
 */
public final class TailCalls {
    private TailCalls() {
    }

    /** Records the tail call of {@code target} with {@code args} made by code of {@code caller}. */
    public static void request(Object[] args, WasmFunction target, WasmInstance caller) {
        PureStore s = caller.pureStore();
        s.tailTarget = target;
        s.tailArgs = args;
        s.tailCaller = caller;
    }

    /** Whether the body just returned from has requested a tail call. */
    public static boolean pending(WasmInstance ctx) {
        return ctx.pureStore().tailTarget != null;
    }

    /** Runs the requested tail call and those it requests; the last one's result (boxed, or null). */
    public static Object finish(WasmInstance ctx) {
        PureStore s = ctx.pureStore();
        Object result = null;
        while (s.tailTarget != null) {
            WasmFunction target = s.tailTarget;
            Object[] args = s.tailArgs;
            WasmInstance caller = s.tailCaller;
            s.tailTarget = null;
            s.tailArgs = null;
            s.tailCaller = null;
            Object[] all = Arrays.copyOf(args, args.length + 1);
            all[args.length] = target.contextFor(caller);
            try {
                result = target.invokeTail(all);
            } catch (Throwable t) {
                throw TailCalls.<RuntimeException>unchecked(t);
            }
        }
        return result;
    }

    /** Rethrows traps, wasm exceptions and errors unchanged, as the call itself would have. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T unchecked(Throwable t) throws T {
        throw (T) t;
    }
}

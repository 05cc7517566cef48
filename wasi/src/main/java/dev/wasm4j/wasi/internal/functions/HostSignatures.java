package dev.wasm4j.wasi.internal.functions;

import dev.wasm4j.Caller;

/**
 * The wasm signatures of the WASI functions as typed host-function interfaces (i32 = int, i64 = long), so
 * calls pass no boxed values. Named by their parameters: I = i32, L = i64; every one but
 * {@code proc_exit} returns an errno as i32.
 */
public final class HostSignatures {
    private HostSignatures() {
    }

    @FunctionalInterface
    public interface V {
        int call(Caller caller);
    }

    @FunctionalInterface
    public interface I {
        int call(Caller caller, int a);
    }

    @FunctionalInterface
    public interface II {
        int call(Caller caller, int a, int b);
    }

    @FunctionalInterface
    public interface III {
        int call(Caller caller, int a, int b, int c);
    }

    @FunctionalInterface
    public interface IIII {
        int call(Caller caller, int a, int b, int c, int d);
    }

    @FunctionalInterface
    public interface IIIII {
        int call(Caller caller, int a, int b, int c, int d, int e);
    }

    @FunctionalInterface
    public interface IIIIII {
        int call(Caller caller, int a, int b, int c, int d, int e, int f);
    }

    @FunctionalInterface
    public interface IIIIIII {
        int call(Caller caller, int a, int b, int c, int d, int e, int f, int g);
    }

    @FunctionalInterface
    public interface IL {
        int call(Caller caller, int a, long b);
    }

    @FunctionalInterface
    public interface ILI {
        int call(Caller caller, int a, long b, int c);
    }

    @FunctionalInterface
    public interface ILL {
        int call(Caller caller, int a, long b, long c);
    }

    @FunctionalInterface
    public interface ILLI {
        int call(Caller caller, int a, long b, long c, int d);
    }

    @FunctionalInterface
    public interface ILII {
        int call(Caller caller, int a, long b, int c, int d);
    }

    @FunctionalInterface
    public interface IIILI {
        int call(Caller caller, int a, int b, int c, long d, int e);
    }

    @FunctionalInterface
    public interface IIIILLI {
        int call(Caller caller, int a, int b, int c, int d, long e, long f, int g);
    }

    @FunctionalInterface
    public interface IIIIILLII {
        int call(Caller caller, int a, int b, int c, int d, int e, long f, long g, int h, int i);
    }

    /** {@code proc_exit}: no result, it never returns normally. */
    @FunctionalInterface
    public interface Exit {
        void call(Caller caller, int code);
    }
}

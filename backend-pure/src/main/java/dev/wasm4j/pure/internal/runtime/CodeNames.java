package dev.wasm4j.pure.internal.runtime;

/**
 * How compiled code is named, shared by the compiler (which chooses the names) and the runtime (which
 * reads them back from JVM stack traces to build wasm backtraces): classes of module {@code id} live in
 * package {@code dev.wasm4j.pure.gen.m<id>}, the method of wasm function {@code i} is {@code f<i>}
 * (parts split off a large function are {@code f<i>$...}), and the JVM line number of an instruction is
 * its offset from the start of the function body plus one.
 */
public final class CodeNames {
    public static final String PACKAGE_PREFIX = "dev.wasm4j.pure.gen.m";
    public static final String INTERNAL_PACKAGE_PREFIX = "dev/wasm4j/pure/gen/m";
    /** Line numbers are u2 in class files; offsets past this are not recorded. */
    public static final int MAX_LINE = 65535;

    private CodeNames() {
    }

    public static String internalClassName(int moduleId, String simpleName) {
        return INTERNAL_PACKAGE_PREFIX + moduleId + "/" + simpleName;
    }

    public static String functionMethod(int functionIndex) {
        return "f" + functionIndex;
    }

    /** The module id of a compiled class's binary name, or -1 if it is not compiled code. */
    public static int moduleIdOf(String className) {
        if (!className.startsWith(PACKAGE_PREFIX)) {
            return -1;
        }
        int end = className.indexOf('.', PACKAGE_PREFIX.length());
        if (end < 0) {
            return -1;
        }
        return parseDigits(className, PACKAGE_PREFIX.length(), end);
    }

    /** The wasm function index of a compiled method name, or -1 for stubs and helpers. */
    public static int functionIndexOf(String methodName) {
        if (methodName.length() < 2 || methodName.charAt(0) != 'f') {
            return -1;
        }
        int end = methodName.indexOf('$');
        return parseDigits(methodName, 1, end < 0 ? methodName.length() : end);
    }

    private static int parseDigits(String s, int from, int to) {
        if (from >= to || to - from > 9) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}

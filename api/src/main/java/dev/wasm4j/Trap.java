package dev.wasm4j;

import java.util.List;

/**
 * WebAssembly code trapped. The message is the trap code's wording, followed by the wasm backtrace,
 * innermost frame first.
 */
public class Trap extends WasmException {
    private final TrapCode code;
    private final List<FrameInfo> backtrace;

    public Trap(TrapCode code, List<FrameInfo> backtrace) {
        this(code, code.message(), backtrace, null);
    }

    public Trap(TrapCode code, String detail, List<FrameInfo> backtrace, Throwable cause) {
        super(format(detail, backtrace), cause);
        this.code = code;
        this.backtrace = List.copyOf(backtrace);
    }

    private static String format(String detail, List<FrameInfo> backtrace) {
        if (backtrace.isEmpty()) {
            return detail;
        }
        StringBuilder sb = new StringBuilder(detail).append("\nwasm backtrace:");
        for (int i = 0; i < backtrace.size(); i++) {
            sb.append("\n  ").append(i).append(": ").append(backtrace.get(i));
        }
        return sb.toString();
    }

    public TrapCode code() {
        return code;
    }

    /** Innermost frame first. */
    public List<FrameInfo> backtrace() {
        return backtrace;
    }
}

package dev.wasm4j.capi;

import dev.wasm4j.CompileException;
import dev.wasm4j.Feature;
import dev.wasm4j.InvalidModuleException;
import dev.wasm4j.MalformedModuleException;
import dev.wasm4j.UnsupportedFeatureException;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wasmtime's compile errors as the API's exceptions. wasmtime (its decoder, wasmparser) does not say whether
 * a module is malformed (a decoding error) or invalid (a validation error): the kind is told from the words
 * of its message, which name the decoding errors the binary format defines. The reason is wasmtime's own
 * message (its innermost cause), and the offset the one it reports.
 */
final class CompileErrors {
    /** Words only decoding errors use (wasmparser's wording of the binary format's errors). */
    private static final List<String> MALFORMED = List.of(
            "malformed", "unexpected end", "integer too large", "integer representation too long",
            "magic header not detected", "unknown binary version", "zero byte expected", "section size mismatch",
            "section out of order", "invalid var_", "invalid leading byte", "illegal opcode", "unknown opcode",
            "inconsistent lengths", "data count section required", "data count is non-zero but data section",
            "function section is absent", "code section is absent", "too many locals",
            "control frames remain at end of function", "expected section, got", "invalid memory limits flags",
            "invalid table resizable limits flags", "invalid section", "unexpected data at the end", "trailing bytes",
            "END opcode expected", "length out of bounds", "junk after last section");
    /** A limit past 32 bits reads as a size error when the decoder accepts 64-bit limits. */
    private static final List<String> SIZE_LIMITS = List.of("memory size must be at most",
            "table size must be at most");
    private static final Pattern OFFSET = Pattern.compile("\\s*\\(at offset 0x([0-9a-fA-F]+)\\)");
    private static final Pattern NUMBERED_CAUSE = Pattern.compile("(?m)^\\s*\\d+: ");
    private static final Pattern OFFSET_PREFIX =
            Pattern.compile("(?:Invalid input WebAssembly code )?at offset (\\d+): ");

    private CompileErrors() {
    }

    static CompileException of(String message, byte[] bytes, EngineFeatures features) {
        String cause = innermostCause(message);
        long offset = offset(cause);
        String withoutOffset = OFFSET.matcher(firstLine(cause)).replaceAll("");
        String reason = OFFSET_PREFIX.matcher(withoutOffset).replaceFirst("").trim();
        if (reason.contains("legacy") && reason.contains("exception") && features.has(Feature.LEGACY_EXCEPTIONS)) {
            return new UnsupportedFeatureException(Feature.LEGACY_EXCEPTIONS.specName(), "backend "
                    + WasmtimeBackend.NAME + " does not support the legacy exception instructions (wasmtime "
                    + WasmtimeLibrary.VERSION + " does not implement them): " + reason);
        }
        // From WebAssembly 3.0 on (memory64) limits are 64-bit numbers in the binary: too large is then invalid.
        boolean limitTooLong = isSizeLimit(reason) && !features.has(Feature.MEMORY64)
                && LimitScanner.hasLimitPast32Bits(bytes);
        if (isMalformed(reason) || limitTooLong) {
            return new MalformedModuleException(offset, limitTooLong ? "integer too large" : reason);
        }
        return new InvalidModuleException(-1, offset, reason);
    }

    private static boolean isMalformed(String reason) {
        for (String words : MALFORMED) {
            if (reason.contains(words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSizeLimit(String reason) {
        return SIZE_LIMITS.stream().anyMatch(reason::contains);
    }

    /**
     * The innermost cause of an error chain ({@code "outer\n\nCaused by:\n    0: middle\n    1: inner"}), or
     * the whole message when it has no chain.
     */
    static String innermostCause(String message) {
        String cause = message.strip();
        int causedBy = cause.lastIndexOf("Caused by:");
        if (causedBy >= 0) {
            cause = cause.substring(causedBy + "Caused by:".length()).strip();
            Matcher numbered = NUMBERED_CAUSE.matcher(cause);
            int last = -1;
            while (numbered.find()) {
                last = numbered.end();
            }
            if (last >= 0) {
                cause = cause.substring(last);
            }
        }
        return cause;
    }

    /** Some causes go on with details on more lines: the reason is the first. */
    private static String firstLine(String cause) {
        int nl = cause.indexOf('\n');
        return (nl < 0 ? cause : cause.substring(0, nl)).strip();
    }

    private static long offset(String reason) {
        Matcher m = OFFSET.matcher(reason);
        if (m.find()) {
            return Long.parseLong(m.group(1), 16);
        }
        Matcher prefix = OFFSET_PREFIX.matcher(reason);
        return prefix.find() ? Long.parseLong(prefix.group(1)) : -1;
    }
}

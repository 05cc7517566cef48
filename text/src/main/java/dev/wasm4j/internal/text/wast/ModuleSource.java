package dev.wasm4j.internal.text.wast;

import dev.wasm4j.internal.text.Wat;

/** Where a script module's bytes come from; encoding text happens only on {@link #encode()}. */
public sealed interface ModuleSource {
    /** The binary module; text is encoded now and may throw {@code TextParseException}. */
    byte[] encode();

    /** Module fields written in the script itself; {@code text} starts at {@code line:column} of the script. */
    record Text(byte[] text, int line, int column, String sourceName) implements ModuleSource {
        public Text {
            text = text.clone();
        }

        @Override
        public byte[] text() {
            return text.clone();
        }

        @Override
        public byte[] encode() {
            return Wat.toBinary(text, 0, text.length, line, column, sourceName);
        }

        @Override
        public String toString() {
            return "text module at " + sourceName + ":" + line + ":" + column;
        }
    }

    /** {@code (module quote ...)}: the concatenated strings, positions relative to that text. */
    record Quote(byte[] text, String sourceName) implements ModuleSource {
        public Quote {
            text = text.clone();
        }

        @Override
        public byte[] text() {
            return text.clone();
        }

        @Override
        public byte[] encode() {
            return Wat.toBinary(text, sourceName);
        }

        @Override
        public String toString() {
            return "quoted module " + sourceName;
        }
    }

    /** {@code (module binary ...)}: the concatenated strings, returned as they are. */
    record Binary(byte[] bytes) implements ModuleSource {
        public Binary {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public byte[] encode() {
            return bytes.clone();
        }

        @Override
        public String toString() {
            return "binary module (" + bytes.length + " bytes)";
        }
    }
}

package dev.wasm4j.pure.internal.decode;

import dev.wasm4j.ModuleNames;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes the {@code name} custom section's module, function and local names. The section is only
 * debugging information: when it is malformed it is ignored, as the spec asks, instead of failing the
 * module.
 */
final class NameSectionDecoder {
    private static final int MODULE_NAME = 0;
    private static final int FUNCTION_NAMES = 1;
    private static final int LOCAL_NAMES = 2;

    private NameSectionDecoder() {
    }

    static ModuleNames decode(byte[] bytes, int start, int end) {
        try {
            return read(new ByteReader(bytes, start, end));
        } catch (RuntimeException malformed) {
            return ModuleNames.EMPTY;
        }
    }

    private static ModuleNames read(ByteReader in) {
        Optional<String> moduleName = Optional.empty();
        Map<Integer, String> functionNames = new HashMap<>();
        Map<Integer, Map<Integer, String>> localNames = new HashMap<>();
        while (!in.atEnd()) {
            int id = in.readByte();
            int size = in.readLength();
            int subsectionEnd = in.position() + size;
            switch (id) {
                case MODULE_NAME -> moduleName = Optional.of(in.readName());
                case FUNCTION_NAMES -> readNameMap(in, functionNames);
                case LOCAL_NAMES -> {
                    int n = in.readIndex();
                    for (int i = 0; i < n; i++) {
                        int function = in.readIndex();
                        Map<Integer, String> locals = new HashMap<>();
                        readNameMap(in, locals);
                        localNames.put(function, locals);
                    }
                }
                default -> in.position(subsectionEnd);
            }
            if (in.position() != subsectionEnd) {
                return ModuleNames.EMPTY;
            }
        }
        return new ModuleNames(moduleName, functionNames, localNames);
    }

    private static void readNameMap(ByteReader in, Map<Integer, String> into) {
        int n = in.readIndex();
        for (int i = 0; i < n; i++) {
            int index = in.readIndex();
            into.put(index, in.readName());
        }
    }
}

package dev.wasm4j.capi;

import dev.wasm4j.ModuleNames;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes the {@code name} custom section: the module name, function names and local names. A malformed
 * name section is ignored, as the spec asks: the result is then {@link ModuleNames#EMPTY}.
 */
final class NameSectionDecoder {
    private static final int MODULE = 0;
    private static final int FUNCTIONS = 1;
    private static final int LOCALS = 2;

    private NameSectionDecoder() {
    }

    static ModuleNames decode(byte[] data) {
        try {
            return read(new ByteCursor(data, 0, data.length), data);
        } catch (ByteCursor.Malformed | RuntimeException e) {
            return ModuleNames.EMPTY;
        }
    }

    private static ModuleNames read(ByteCursor in, byte[] data) throws ByteCursor.Malformed {
        Optional<String> module = Optional.empty();
        Map<Integer, String> functions = new HashMap<>();
        Map<Integer, Map<Integer, String>> locals = new HashMap<>();
        while (!in.atEnd()) {
            int id = in.u8();
            int size = in.u32();
            int start = in.position();
            in.skip(size & 0xFFFFFFFFL);
            ByteCursor sub = new ByteCursor(data, start, start + size);
            switch (id) {
                case MODULE -> module = Optional.of(sub.name());
                case FUNCTIONS -> functions.putAll(nameMap(sub));
                case LOCALS -> {
                    int count = sub.u32();
                    for (int i = 0; i < count; i++) {
                        int function = sub.u32();
                        locals.put(function, Map.copyOf(nameMap(sub)));
                    }
                }
                default -> {
                } // other subsections (labels, types, ...) are not part of ModuleNames
            }
        }
        return new ModuleNames(module, functions, locals);
    }

    private static Map<Integer, String> nameMap(ByteCursor in) throws ByteCursor.Malformed {
        int count = in.u32();
        Map<Integer, String> map = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int index = in.u32();
            map.put(index, in.name());
        }
        return map;
    }
}

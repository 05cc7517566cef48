package dev.wasm4j.internal.text;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The {@code name} custom section made from the text's symbolic ids ({@code (module $m)},
 * {@code (func $f)}), as wat2wasm --debug-names and wasm-tools do, so traps and backtraces of modules
 * written in text show the names their authors gave.
 */
final class NameSection {
    static final byte[] NAME = "name".getBytes(StandardCharsets.UTF_8);
    private static final int MODULE_NAME = 0;
    private static final int FUNCTION_NAMES = 1;

    private NameSection() {
    }

    static Optional<ModuleBuilder.CustomSection> fromIds(String moduleId, IndexSpace funcs) {
        SortedMap<Integer, String> functionNames = funcs.idsByIndex();
        if (moduleId == null && functionNames.isEmpty()) {
            return Optional.empty();
        }
        ByteWriter content = new ByteWriter();
        if (moduleId != null) {
            content.u8(MODULE_NAME);
            content.sized(new ByteWriter().name(moduleId.getBytes(StandardCharsets.UTF_8)));
        }
        if (!functionNames.isEmpty()) {
            ByteWriter map = new ByteWriter();
            map.u32(functionNames.size());
            for (Map.Entry<Integer, String> e : functionNames.entrySet()) {
                map.u32(e.getKey());
                map.name(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
            content.u8(FUNCTION_NAMES);
            content.sized(map);
        }
        return Optional.of(new ModuleBuilder.CustomSection(NAME, content.toByteArray(), "last", false));
    }
}

package dev.wasm4j;

import java.util.List;
import java.util.stream.Collectors;

/** A function signature: parameter and result types. */
public record FuncType(List<ValType> params, List<ValType> results) implements ExternType {
    public FuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    public static FuncType of(List<ValType> params, List<ValType> results) {
        return new FuncType(params, results);
    }

    @Override
    public ExternKind kind() {
        return ExternKind.FUNC;
    }

    @Override
    public String toString() {
        return "(func" + list("param", params) + list("result", results) + ")";
    }

    private static String list(String word, List<ValType> types) {
        return types.isEmpty() ? "" : " (" + word + " "
                + types.stream().map(Object::toString).collect(Collectors.joining(" ")) + ")";
    }
}

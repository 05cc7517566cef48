package dev.wasm4j;

/** An import could not be satisfied: nothing is defined under its name, or the definition's type does not match. */
public class LinkException extends WasmException {
    private final String module;
    private final String name;

    public LinkException(String module, String name, String message) {
        super(message);
        this.module = module;
        this.name = name;
    }

    /** The import's module name. */
    public String importModule() {
        return module;
    }

    /** The import's field name. */
    public String importName() {
        return name;
    }
}

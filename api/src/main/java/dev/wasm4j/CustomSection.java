package dev.wasm4j;

import java.util.Arrays;

/** A custom section: its name and raw contents, in module order. */
public record CustomSection(String name, byte[] data) {
    public CustomSection {
        java.util.Objects.requireNonNull(name, "name");
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public int size() {
        return data.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomSection c && c.name.equals(name) && Arrays.equals(c.data, data);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "CustomSection[" + name + ", " + data.length + " bytes]";
    }
}

package dev.wasm4j.wasi.internal.fs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A place inside a preopened directory: the names leading to it from the preopen's root. Every name but
 * possibly the last was a real directory (not a symlink) when the location was resolved, so the host path
 * is the root plus these names and nothing else.
 */
public record Location(PreopenDir preopen, List<String> components) {
    public Location {
        components = List.copyOf(components);
    }

    public static Location root(PreopenDir preopen) {
        return new Location(preopen, List.of());
    }

    public Path hostPath() {
        Path p = preopen.root();
        for (String c : components) {
            p = p.resolve(c);
        }
        return p;
    }

    public boolean isRoot() {
        return components.isEmpty();
    }

    /** The last name, or null at the root. */
    public String name() {
        return components.isEmpty() ? null : components.get(components.size() - 1);
    }

    public Location parent() {
        if (components.isEmpty()) {
            return this;
        }
        return new Location(preopen, components.subList(0, components.size() - 1));
    }

    public Location child(String name) {
        List<String> c = new ArrayList<>(components.size() + 1);
        c.addAll(components);
        c.add(name);
        return new Location(preopen, c);
    }

    /** The guest-visible path, for messages. */
    @Override
    public String toString() {
        return preopen.guestPath() + (components.isEmpty() ? "" : "/" + String.join("/", components));
    }
}

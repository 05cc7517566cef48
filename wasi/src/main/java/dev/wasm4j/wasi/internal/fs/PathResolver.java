package dev.wasm4j.wasi.internal.fs;

import dev.wasm4j.wasi.internal.Errno;
import dev.wasm4j.wasi.internal.ErrnoException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves guest paths inside a preopened directory, one component at a time, the way a capability-based
 * {@code openat} would: the host never resolves a guest path or a symlink itself.
 *
 * <ul>
 *   <li>An absolute path, or a symlink whose target is absolute, is refused with {@code ENOTCAPABLE}.</li>
 *   <li>".." pops one component; popping past the preopen's root is refused with {@code ENOTCAPABLE}.
 *       Popping is sound because every component on the stack was checked to be a real directory, not a
 *       symlink.</li>
 *   <li>A symlink met before the last component (or at the last one when following) is read and its
 *       target's components are resolved in its place, relative to the symlink's directory, under the same
 *       rules; more than {@value #MAX_SYMLINKS} expansions give {@code ELOOP}.</li>
 * </ul>
 *
 * java.nio has no {@code openat}, so a host process changing the tree between this check and the
 * operation could still race it; as a second line, the resolved parent's real path is checked to lie
 * inside the preopen's root.
 */
public final class PathResolver {
    /** As Linux's MAXSYMLINKS. */
    public static final int MAX_SYMLINKS = 40;
    private static final boolean HOST_SEPARATOR_IS_NOT_SLASH = !File.separator.equals("/");

    private PathResolver() {
    }

    /**
     * Resolves {@code path} relative to {@code start}.
     *
     * @param followFinal whether a symlink in the last position is expanded too (a trailing "/" implies it)
     * @throws ErrnoException ENOTCAPABLE for escapes, ENOENT/ENOTDIR for missing or non-directory
     *                        intermediate components, ELOOP for too many symlinks, EINVAL for a NUL byte
     */
    public static ResolvedPath resolve(Location start, String path, boolean followFinal) {
        if (path.isEmpty()) {
            throw new ErrnoException(Errno.NOENT);
        }
        if (path.indexOf('\0') >= 0) {
            throw new ErrnoException(Errno.INVAL);
        }
        if (path.startsWith("/")) {
            throw new ErrnoException(Errno.NOTCAPABLE);
        }
        boolean mustBeDirectory = path.endsWith("/");
        boolean follow = followFinal || mustBeDirectory;
        PreopenDir preopen = start.preopen();
        List<String> stack = new ArrayList<>(start.components());
        Deque<String> todo = new ArrayDeque<>(split(path));
        boolean named = false;
        int symlinks = 0;
        while (!todo.isEmpty()) {
            String c = todo.pollFirst();
            boolean last = todo.isEmpty();
            if (c.equals(".")) {
                named = false;
                continue;
            }
            if (c.equals("..")) {
                if (stack.isEmpty()) {
                    throw new ErrnoException(Errno.NOTCAPABLE);
                }
                stack.remove(stack.size() - 1);
                named = false;
                continue;
            }
            named = true;
            if (HOST_SEPARATOR_IS_NOT_SLASH && (c.indexOf('\\') >= 0 || c.indexOf(':') >= 0)) {
                // On such hosts these characters would let one guest component name several host ones.
                throw new ErrnoException(Errno.NOTCAPABLE);
            }
            if (last && !follow) {
                stack.add(c);
                break;
            }
            Path host = hostPath(preopen, stack).resolve(c);
            BasicFileAttributes attrs = lstat(host);
            if (attrs == null) {
                if (!last) {
                    throw new ErrnoException(Errno.NOENT);
                }
                stack.add(c);
                break;
            }
            if (attrs.isSymbolicLink()) {
                if (++symlinks > MAX_SYMLINKS) {
                    throw new ErrnoException(Errno.LOOP);
                }
                String target = readLink(host);
                if (target.isEmpty()) {
                    throw new ErrnoException(Errno.NOENT);
                }
                if (target.startsWith("/")) {
                    throw new ErrnoException(Errno.NOTCAPABLE);
                }
                if (last && target.endsWith("/")) {
                    mustBeDirectory = true;
                }
                List<String> parts = split(target);
                for (int i = parts.size() - 1; i >= 0; i--) {
                    todo.addFirst(parts.get(i));
                }
                if (parts.isEmpty()) {
                    todo.addFirst(".");
                }
                continue;
            }
            if (!last && !attrs.isDirectory()) {
                throw new ErrnoException(Errno.NOTDIR);
            }
            stack.add(c);
        }
        Location location = new Location(preopen, stack);
        checkContained(location);
        return new ResolvedPath(location, named, mustBeDirectory);
    }

    /** The non-empty components of a path, in order ("a//b/" is [a, b]). */
    static List<String> split(String path) {
        List<String> parts = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                parts.add(s);
            }
        }
        return parts;
    }

    /**
     * Whether {@code target}, read relative to {@code linkDir}, stays inside the preopen when its ".."s are
     * taken lexically: creating a symlink that would point outside is refused, so the tree never holds
     * one for a host tool to stumble on.
     */
    public static boolean staysInside(Location linkDir, String target) {
        if (target.isEmpty() || target.startsWith("/") || target.indexOf('\0') >= 0) {
            return false;
        }
        int depth = linkDir.components().size();
        for (String c : split(target)) {
            if (c.equals("..")) {
                if (--depth < 0) {
                    return false;
                }
            } else if (!c.equals(".")) {
                depth++;
            }
        }
        return true;
    }

    private static Path hostPath(PreopenDir preopen, List<String> components) {
        Path p = preopen.root();
        for (String c : components) {
            p = p.resolve(c);
        }
        return p;
    }

    private static BasicFileAttributes lstat(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new ErrnoException(IoErrors.errno(e));
        }
    }

    private static String readLink(Path p) {
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException e) {
            throw new ErrnoException(IoErrors.errno(e));
        }
    }

    /** The race check: the parent's real path must still be inside the root. */
    private static void checkContained(Location location) {
        Path parent = location.parent().hostPath();
        Path real;
        try {
            real = parent.toRealPath();
        } catch (NoSuchFileException e) {
            throw new ErrnoException(Errno.NOENT);
        } catch (IOException e) {
            throw new ErrnoException(IoErrors.errno(e));
        }
        if (!real.startsWith(location.preopen().root())) {
            throw new ErrnoException(Errno.NOTCAPABLE);
        }
    }
}

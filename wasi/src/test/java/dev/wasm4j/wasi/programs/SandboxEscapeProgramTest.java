package dev.wasm4j.wasi.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasm4j.wasi.WasiConfig;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs {@code escape.c} against a sandbox full of traps (symlinks to the outside, chains, loops, ".."
 * tricks) and checks each attempt's errno, then that nothing outside the sandbox was read, created or
 * changed.
 */
class SandboxEscapeProgramTest {
    private static final String SECRET = "top secret";

    @TempDir
    Path tmp;

    @OnEveryBackend
    void noPathLeadsOutOfThePreopen(WasiRun wasi) throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), SECRET);
        Files.createDirectories(outside.resolve("dir"));
        Path sandbox = Files.createDirectories(tmp.resolve("sandbox"));
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(sandbox.resolve("file.txt"), "inside");
        Files.writeString(sandbox.resolve("file2.txt"), "inside too");
        Files.createDirectories(sandbox.resolve("sub"));
        Files.writeString(sandbox.resolve("sub/inner.txt"), "inner");
        link(sandbox.resolve("sub/deep"), "../../outside/secret.txt");
        link(sandbox.resolve("abs_link"), outside.toString());
        link(sandbox.resolve("abs_file_link"), outside.resolve("secret.txt").toString());
        link(sandbox.resolve("rel_link"), "../outside");
        link(sandbox.resolve("chain1"), "chain2");
        link(sandbox.resolve("chain2"), "chain3");
        link(sandbox.resolve("chain3"), "../outside/secret.txt");
        link(sandbox.resolve("loop1"), "loop2");
        link(sandbox.resolve("loop2"), "loop1");
        link(sandbox.resolve("self"), "self");
        link(sandbox.resolve("ok_link"), "sub");
        link(sandbox.resolve("ok_chain"), "ok_link/inner.txt");
        link(sandbox.resolve("sneaky"), "sub/../../outside");
        link(sandbox.resolve("dotdot_file"), "../outside/secret.txt");
        link(sandbox.resolve("dangling_out"), "../outside/newfile.txt");
        link(sandbox.resolve("slash_link"), "/");
        Map<String, String> before = snapshot(outside);

        WasiRun.Result r = wasi.run("escape", WasiConfig.builder().args("escape")
                .preopenDir(sandbox, "/sandbox").preopenDir(other, "/other"));

        assertEquals(0, r.exitCode(), r::toString);
        Map<String, String> got = new LinkedHashMap<>();
        for (String line : r.stdout().split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                got.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        assertTrue(r.stdout().endsWith("end\n"), r::toString);
        Map<String, String> expected = expected();
        StringBuilder mismatches = new StringBuilder();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            if (!e.getValue().equals(got.get(e.getKey()))) {
                mismatches.append(e.getKey()).append(": expected ").append(e.getValue()).append(", got ")
                        .append(got.get(e.getKey())).append('\n');
            }
        }
        assertEquals("", mismatches.toString(), r::toString);
        assertEquals(expected.keySet(), got.keySet(), "every case reported");

        assertEquals(before, snapshot(outside), "the outside directory must not change");
        assertEquals(SECRET, Files.readString(outside.resolve("secret.txt")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(3, s.count(), "nothing created next to the sandbox");
        }
        assertTrue(Files.isSymbolicLink(sandbox.resolve("sub/ok_new_link")), "an inside symlink may be created");
        assertEquals("inside", Files.readString(sandbox.resolve("file.txt")));
    }

    private static Map<String, String> expected() {
        Map<String, String> m = new LinkedHashMap<>();
        String notCapable = "76";
        for (String c : new String[] {"open_dotdot", "open_dotdot_deep", "open_dot_dotdot", "open_absolute",
            "open_absolute_sandbox", "open_abs_link_through", "open_abs_file_link_follow", "open_rel_link_through",
            "open_chain_follow", "open_sub_deep_follow", "open_sneaky_through", "open_slash_link_through",
            "open_dotdot_link_follow", "opendir_rel_link", "opendir_dotdot", "create_through_rel_link",
            "create_dotdot", "create_via_dangling_link", "trunc_through_link", "write_through_abs_link",
            "mkdir_through_rel_link", "mkdir_dotdot", "mkdir_absolute", "rmdir_through_link", "rmdir_dotdot",
            "unlink_through_link", "unlink_dotdot", "rename_out", "rename_in", "rename_through_link",
            "rename_from_link_dir", "link_out", "link_in", "link_in_follow", "link_abs_link_follow", "symlink_abs",
            "symlink_dotdot", "symlink_deep_dotdot", "symlink_into_link_dir", "stat_follow_rel_link",
            "stat_through_link", "stat_dotdot", "settimes_through_link", "settimes_follow", "readlink_through",
            "sub_dotdot_dotdot", "sub_escape", "sub_deep_follow", "open_moved_link_follow"}) {
            m.put(c, notCapable);
        }
        m.put("open_dotdot_inside", "0");
        m.put("open_abs_link_nofollow", "32"); // ELOOP: a final symlink is not followed without the flag
        m.put("open_loop_follow", "32");
        m.put("open_self_follow", "32");
        m.put("open_ok_link_dotdot", "0");
        m.put("open_ok_chain_follow", "0");
        m.put("opendir_dot", "0");
        m.put("create_excl_on_link", "20"); // EEXIST: O_EXCL does not follow the link
        m.put("rmdir_root", "10"); // EBUSY
        m.put("symlink_inside", "0");
        m.put("symlink_for_move", "0");
        m.put("move_link_up", "0");
        m.put("rename_cross_preopen", "75"); // EXDEV
        m.put("link_cross_preopen", "75");
        m.put("stat_nofollow_rel_link", "0");
        m.put("stat_nofollow_rel_link_type", "7"); // symbolic_link
        m.put("readlink_link", "0");
        m.put("readlink_link_value", "../outside");
        m.put("open_sub", "0");
        m.put("sub_dotdot_file", "0");
        m.put("sub_dotdot", "0");
        m.put("nul_in_path", "28"); // EINVAL
        m.put("bad_utf8", "25"); // EILSEQ
        m.put("empty_path", "44"); // ENOENT
        m.put("readdir_root", "0");
        m.put("readdir_dotdot_is_root", "1");
        m.put("libc_dotdot_opened", "0");
        m.put("libc_link_opened", "0");
        m.put("libc_absolute_opened", "0");
        m.put("libc_deep_opened", "0");
        return m;
    }

    private static void link(Path link, String target) throws IOException {
        Files.createSymbolicLink(link, link.getFileSystem().getPath(target));
    }

    /** Every entry under {@code dir}: type, content and modification time. */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String key = dir.relativize(p).toString();
                String mtime = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toString();
                if (Files.isSymbolicLink(p)) {
                    out.put(key, "link " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p)) {
                    out.put(key, "dir " + mtime);
                } else {
                    out.put(key, "file " + mtime + " " + new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}

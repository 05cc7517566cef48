package dev.wasm4j.wasi.internal.functions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasm4j.WasmException;
import dev.wasm4j.wasi.WasiExitException;
import dev.wasm4j.wasi.internal.ArrayMemory;
import dev.wasm4j.wasi.internal.Errno;
import dev.wasm4j.wasi.internal.FakeCaller;
import dev.wasm4j.wasi.internal.GuestMemory;
import dev.wasm4j.wasi.internal.Rights;
import dev.wasm4j.wasi.internal.WasiState;
import dev.wasm4j.wasi.internal.WasiTypes;
import dev.wasm4j.wasi.internal.fd.FdTable;
import dev.wasm4j.wasi.internal.fd.OpenDirectory;
import dev.wasm4j.wasi.internal.fd.OutputDescriptor;
import dev.wasm4j.wasi.internal.fd.StdinDescriptor;
import dev.wasm4j.wasi.internal.fs.PreopenDir;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The host functions called directly on a byte-array memory: the marshalling, without any backend. */
class HostFunctionsTest {
    @TempDir
    Path dir;

    private final ArrayMemory raw = new ArrayMemory(2);
    private final GuestMemory m = new GuestMemory(raw);
    private final FakeCaller caller = new FakeCaller(raw);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private WasiState state;
    private StateLookup lookup;

    @BeforeEach
    void setUp() throws IOException {
        Files.writeString(dir.resolve("f.txt"), "file contents");
        FdTable fds = new FdTable();
        fds.insert(new StdinDescriptor(new ByteArrayInputStream("input".getBytes(StandardCharsets.UTF_8)), false, true));
        fds.insert(new OutputDescriptor(out, false));
        fds.insert(new OutputDescriptor(OutputStream.nullOutputStream(), false));
        fds.insert(OpenDirectory.preopened(PreopenDir.of(dir, "/d", false)));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("A", "1");
        state = new WasiState(List.of("prog", "xy"), env, fds, new Random(1));
        lookup = c -> state;
    }

    private int putString(int at, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        m.write(at, b);
        return b.length;
    }

    @Test
    void argsAndEnviron() {
        ArgsEnvFunctions f = new ArgsEnvFunctions(lookup);
        assertEquals(Errno.SUCCESS, f.argsSizesGet(caller, 0, 4));
        assertEquals(2, m.readI32(0));
        assertEquals(8, m.readI32(4)); // "prog\0xy\0"
        assertEquals(Errno.SUCCESS, f.argsGet(caller, 100, 200));
        assertEquals(200, m.readI32(100));
        assertEquals(205, m.readI32(104));
        assertArrayEquals("prog\0xy\0".getBytes(StandardCharsets.UTF_8), m.read(200, 8));
        assertEquals(Errno.SUCCESS, f.environSizesGet(caller, 0, 4));
        assertEquals(1, m.readI32(0));
        assertEquals(4, m.readI32(4));
        assertEquals(Errno.SUCCESS, f.environGet(caller, 100, 300));
        assertEquals("A=1", m.readString(300, 3));
        assertEquals(Errno.FAULT, f.argsGet(caller, 100, 2 * 65536 - 3));
    }

    @Test
    void writeGathersIovecsToStdout() {
        FdIoFunctions f = new FdIoFunctions(lookup);
        int n1 = putString(1000, "Hello, ");
        int n2 = putString(2000, "WASI!\n");
        m.writeI32(0, 1000);
        m.writeI32(4, n1);
        m.writeI32(8, 2000);
        m.writeI32(12, n2);
        assertEquals(Errno.SUCCESS, f.write(caller, 1, 0, 2, 16));
        assertEquals(13, m.readI32(16));
        assertEquals("Hello, WASI!\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(Errno.BADF, f.write(caller, 0, 0, 2, 16));
        assertEquals(Errno.BADF, f.write(caller, 42, 0, 2, 16));
        assertEquals(Errno.FAULT, f.write(caller, 1, 0, 2, -4));
        assertEquals(Errno.SPIPE, f.seek(caller, 1, 0, WasiTypes.WHENCE_CUR, 16));
    }

    @Test
    void readFromStdinThenEndOfFile() {
        FdIoFunctions f = new FdIoFunctions(lookup);
        m.writeI32(0, 1000);
        m.writeI32(4, 3);
        m.writeI32(8, 2000);
        m.writeI32(12, 10);
        assertEquals(Errno.SUCCESS, f.read(caller, 0, 0, 2, 16));
        assertEquals(5, m.readI32(16));
        assertEquals("inp", m.readString(1000, 3));
        assertEquals("ut", m.readString(2000, 2));
        assertEquals(Errno.SUCCESS, f.read(caller, 0, 0, 2, 16));
        assertEquals(0, m.readI32(16));
    }

    @Test
    void openReadSeekAndClose() {
        PathOpen open = new PathOpen(lookup);
        FdIoFunctions io = new FdIoFunctions(lookup);
        FdAttrFunctions attrs = new FdAttrFunctions(lookup);
        int len = putString(500, "f.txt");
        long rights = Rights.FD_READ | Rights.FD_SEEK | Rights.FD_TELL | Rights.FD_FILESTAT_GET;
        assertEquals(Errno.SUCCESS, open.open(caller, 3, 0, 500, len, 0, rights, 0, 0, 600));
        int fd = m.readI32(600);
        assertEquals(4, fd);
        m.writeI32(0, 1000);
        m.writeI32(4, 4);
        assertEquals(Errno.SUCCESS, io.read(caller, fd, 0, 1, 16));
        assertEquals("file", m.readString(1000, 4));
        assertEquals(Errno.SUCCESS, io.seek(caller, fd, -8, WasiTypes.WHENCE_END, 24));
        assertEquals(5, m.readI64(24));
        assertEquals(Errno.SUCCESS, io.pread(caller, fd, 0, 1, 8, 16));
        assertEquals("tent", m.readString(1000, 4));
        assertEquals(Errno.SUCCESS, io.tell(caller, fd, 24));
        assertEquals(5, m.readI64(24));
        assertEquals(Errno.BADF, io.write(caller, fd, 0, 1, 16));
        assertEquals(Errno.SUCCESS, attrs.filestatGet(caller, fd, 3000));
        assertEquals(WasiTypes.FILETYPE_REGULAR_FILE, m.readU8(3016));
        assertEquals(13, m.readI64(3032));
        assertEquals(Errno.SUCCESS, attrs.close(caller, fd));
        assertEquals(Errno.BADF, attrs.close(caller, fd));
        assertEquals(Errno.NOENT, open.open(caller, 3, 0, 500, putString(500, "nope"), 0, rights, 0, 0, 600));
        assertEquals(Errno.NOTCAPABLE, open.open(caller, 3, 0, 500, putString(500, "../x"), 0, rights, 0, 0, 600));
        assertEquals(Errno.NOTDIR, open.open(caller, 1, 0, 500, 1, 0, rights, 0, 0, 600));
    }

    @Test
    void prestatDescribesOnlyPreopens() {
        FdAttrFunctions f = new FdAttrFunctions(lookup);
        assertEquals(Errno.SUCCESS, f.prestatGet(caller, 3, 0));
        assertEquals(0, m.readU8(0));
        assertEquals(2, m.readI32(4));
        assertEquals(Errno.SUCCESS, f.prestatDirName(caller, 3, 100, 2));
        assertEquals("/d", m.readString(100, 2));
        assertEquals(Errno.BADF, f.prestatGet(caller, 1, 0));
        assertEquals(Errno.BADF, f.prestatGet(caller, 4, 0));
        assertEquals(Errno.SUCCESS, f.fdstatGet(caller, 3, 200));
        assertEquals(WasiTypes.FILETYPE_DIRECTORY, m.readU8(200));
        assertEquals(Rights.DIRECTORY, m.readI64(208));
    }

    @Test
    void pathFunctionsCreateAndRemove() {
        PathFunctions f = new PathFunctions(lookup);
        assertEquals(Errno.SUCCESS, f.createDirectory(caller, 3, 0, putString(0, "sub")));
        assertTrue(Files.isDirectory(dir.resolve("sub")));
        assertEquals(Errno.EXIST, f.createDirectory(caller, 3, 0, putString(0, "sub")));
        assertEquals(Errno.SUCCESS, f.rename(caller, 3, 0, putString(0, "f.txt"), 3, 100, putString(100, "sub/g.txt")));
        assertTrue(Files.exists(dir.resolve("sub/g.txt")));
        assertEquals(Errno.NOTEMPTY, f.removeDirectory(caller, 3, 0, putString(0, "sub")));
        assertEquals(Errno.ISDIR, f.unlinkFile(caller, 3, 0, putString(0, "sub")));
        assertEquals(Errno.SUCCESS, f.unlinkFile(caller, 3, 0, putString(0, "sub/g.txt")));
        assertEquals(Errno.SUCCESS, f.removeDirectory(caller, 3, 0, putString(0, "sub")));
        assertEquals(Errno.NOTCAPABLE, f.symlink(caller, 0, putString(0, "/etc"), 3, 100, putString(100, "l")));
        assertEquals(Errno.SUCCESS, f.symlink(caller, 0, putString(0, "target"), 3, 100, putString(100, "l")));
        assertEquals(Errno.SUCCESS, f.readlink(caller, 3, 0, putString(0, "l"), 200, 3, 300));
        assertEquals(3, m.readI32(300));
        assertEquals("tar", m.readString(200, 3));
        assertEquals(Errno.SUCCESS, f.filestatGet(caller, 3, 0, 0, putString(0, "l"), 400));
        assertEquals(WasiTypes.FILETYPE_SYMBOLIC_LINK, m.readU8(416));
        assertEquals(Errno.NOENT, f.filestatGet(caller, 3, WasiTypes.LOOKUP_SYMLINK_FOLLOW, 0, putString(0, "l"), 400));
    }

    @Test
    void pollOnClocksAndDescriptors() {
        PollFunctions f = new PollFunctions(lookup);
        assertEquals(Errno.INVAL, f.pollOneoff(caller, 0, 1000, 0, 2000));
        // one relative monotonic clock of 1 ms
        m.writeI64(0, 99);
        m.writeU8(8, WasiTypes.EVENTTYPE_CLOCK);
        m.writeI32(16, WasiTypes.CLOCK_MONOTONIC);
        m.writeI64(24, 1_000_000);
        assertEquals(Errno.SUCCESS, f.pollOneoff(caller, 0, 1000, 1, 2000));
        assertEquals(1, m.readI32(2000));
        assertEquals(99, m.readI64(1000));
        assertEquals(0, m.readU16(1008));
        assertEquals(WasiTypes.EVENTTYPE_CLOCK, m.readU8(1010));
        // stdin (5 bytes given up front) is readable
        m.writeI64(0, 7);
        m.writeU8(8, WasiTypes.EVENTTYPE_FD_READ);
        m.writeI32(16, 0);
        assertEquals(Errno.SUCCESS, f.pollOneoff(caller, 0, 1000, 1, 2000));
        assertEquals(1, m.readI32(2000));
        assertEquals(5, m.readI64(1016));
        assertEquals(Errno.FAULT, f.pollOneoff(caller, 2 * 65536 - 10, 1000, 1, 2000));
    }

    @Test
    void procAndSockets() {
        assertEquals(42, assertThrows(WasiExitException.class, () -> ProcFunctions.procExit(caller, 42)).exitCode());
        assertEquals(Errno.NOSYS, ProcFunctions.procRaise(caller, 9));
        assertEquals(Errno.SUCCESS, ProcFunctions.schedYield(caller));
        SockFunctions s = new SockFunctions(lookup);
        assertEquals(Errno.NOTSOCK, s.notSocket(caller, 1));
        assertEquals(Errno.BADF, s.notSocket(caller, 100));
    }

    @Test
    void randomAndClocks() {
        RandomFunctions r = new RandomFunctions(lookup);
        assertEquals(Errno.SUCCESS, r.randomGet(caller, 0, 100_000));
        byte[] expected = new byte[65536];
        new Random(1).nextBytes(expected);
        assertArrayEquals(expected, m.read(0, 65536));
        ClockFunctions c = new ClockFunctions(lookup);
        assertEquals(Errno.SUCCESS, c.timeGet(caller, WasiTypes.CLOCK_REALTIME, 0, 8));
        assertTrue(m.readI64(8) > 1_600_000_000L * 1_000_000_000L);
        assertEquals(Errno.INVAL, c.resGet(caller, 7, 8));
    }

    @Test
    void aModuleWithoutMemoryCannotCallWasi() {
        FakeCaller noMemory = new FakeCaller(null);
        WasmException e = assertThrows(WasmException.class, () -> new FdIoFunctions(lookup).write(noMemory, 1, 0, 0, 0));
        assertTrue(e.getMessage().contains("\"memory\""), e.getMessage());
    }
}

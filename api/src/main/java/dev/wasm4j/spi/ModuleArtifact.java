package dev.wasm4j.spi;

import dev.wasm4j.CompileException;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The envelope of a serialized module, shared by every backend so they frame and check it the same way:
 * a magic string, the backend's name and version (a module is only loaded by the backend and version
 * that wrote it), the module's binary, and the backend's own compiled form.
 *
 * @param backend  the backend that wrote it
 * @param version  the backend's version (for wasmtime: the library's)
 * @param wasm     the module's binary
 * @param compiled the backend's compiled form (may be empty)
 */
public record ModuleArtifact(String backend, String version, byte[] wasm, byte[] compiled) {
    private static final byte[] MAGIC = {'w', 'a', 's', 'm', '4', 'j', 'm', 'o', 'd', 1};

    public byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(wasm.length + compiled.length + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeUTF(backend);
            out.writeUTF(version);
            out.writeInt(wasm.length);
            out.write(wasm);
            out.writeInt(compiled.length);
            out.write(compiled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads an envelope written by {@link #encode()} for {@code backend} at {@code version}.
     *
     * @throws CompileException when the bytes are no serialized module, or one of another backend or version
     */
    public static ModuleArtifact decode(byte[] serialized, String backend, String version) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(serialized))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new CompileException("not a serialized wasm4j module (use Module.serialize to make one)");
            }
            String writtenBy = in.readUTF();
            String writtenVersion = in.readUTF();
            if (!writtenBy.equals(backend) || !writtenVersion.equals(version)) {
                throw new CompileException("the module was serialized by backend " + writtenBy + " "
                        + writtenVersion + "; this is backend " + backend + " " + version
                        + ": compile it from its binary instead");
            }
            byte[] wasm = in.readNBytes(length(in, serialized.length));
            byte[] compiled = in.readNBytes(length(in, serialized.length));
            if (in.available() != 0) {
                throw new CompileException("a serialized module has trailing bytes");
            }
            return new ModuleArtifact(writtenBy, writtenVersion, wasm, compiled);
        } catch (IOException e) {
            throw new CompileException("a serialized module is truncated", e);
        }
    }

    private static int length(DataInputStream in, int total) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > total) {
            throw new CompileException("a serialized module is corrupt (length " + n + ")");
        }
        return n;
    }
}

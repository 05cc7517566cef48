package dev.wasm4j.pure.internal.decode;

import dev.wasm4j.Feature;
import dev.wasm4j.MalformedModuleException;
import dev.wasm4j.pure.internal.model.CustomSectionRange;
import dev.wasm4j.pure.internal.model.FunctionBody;
import dev.wasm4j.pure.internal.model.WasmModule;

import java.util.Set;

/**
 * Decodes a binary module: the header, then the sections in their required order (custom sections
 * anywhere). Like the spec's reference decoder, a section's contents are read without stopping at its
 * declared end and the size is checked afterwards ("section size mismatch"), so that a truncated or
 * overlong section reports the same error as the spec test suite expects. Custom sections are the
 * exception: their name must fit their size.
 */
public final class ModuleDecoder {
    public static final int CUSTOM = 0;
    public static final int TYPE = 1;
    public static final int IMPORT = 2;
    public static final int FUNCTION = 3;
    public static final int TABLE = 4;
    public static final int MEMORY = 5;
    public static final int GLOBAL = 6;
    public static final int EXPORT = 7;
    public static final int START = 8;
    public static final int ELEMENT = 9;
    public static final int CODE = 10;
    public static final int DATA = 11;
    public static final int DATA_COUNT = 12;
    public static final int TAG = 13;

    private static final int MAGIC = 0x6D736100;
    private static final int VERSION = 1;

    private final byte[] bytes;
    private final Set<Feature> features;
    private final ByteReader in;
    private final WasmModule.Builder module;
    private final DecodeContext context;

    private ModuleDecoder(byte[] bytes, Set<Feature> features) {
        this.bytes = bytes;
        this.features = features;
        this.in = new ByteReader(bytes, 0, bytes.length);
        this.module = new WasmModule.Builder(bytes);
        this.context = new DecodeContext(bytes, in, features, module);
    }

    /** Decodes {@code bytes}, which the returned module keeps (without copying) for lazy decoding. */
    public static WasmModule decode(byte[] bytes, Set<Feature> features) {
        return new ModuleDecoder(bytes, features).decode();
    }

    private WasmModule decode() {
        readHeader();
        try {
            readSections();
        } catch (MalformedModuleException e) {
            // Bodies are decoded lazily, but the spec decodes them in place: their errors come first.
            for (FunctionBody body : module.bodies()) {
                BodyScanner.check(bytes, body, features, module.hasDataCount());
            }
            throw e;
        }
        return module.build();
    }

    private void readSections() {
        int lastRank = 0;
        boolean dataSeen = false;
        while (!in.atEnd()) {
            int idAt = in.position();
            int id = in.readByte();
            if (id > TAG || (id == TAG && !features.contains(Feature.EXCEPTIONS)
                    && !features.contains(Feature.LEGACY_EXCEPTIONS))
                    || (id == DATA_COUNT && !features.contains(Feature.BULK_MEMORY))) {
                throw ByteReader.malformed(idAt, "malformed section id");
            }
            int size = in.readLength();
            int start = in.position();
            int end = start + size;
            if (id == CUSTOM) {
                readCustomSection(start, end);
                continue;
            }
            int rank = rank(id);
            if (rank <= lastRank) {
                throw ByteReader.malformed(idAt, "unexpected content after last section");
            }
            lastRank = rank;
            switch (id) {
                case TYPE -> new TypeSectionDecoder(context).decode();
                case IMPORT -> new ImportSectionDecoder(context).decode();
                case FUNCTION -> new EntityDecoder(context).decodeFunctions();
                case TABLE -> new EntityDecoder(context).decodeTables();
                case MEMORY -> new EntityDecoder(context).decodeMemories();
                case TAG -> new EntityDecoder(context).decodeTags();
                case GLOBAL -> new EntityDecoder(context).decodeGlobals();
                case EXPORT -> new EntityDecoder(context).decodeExports();
                case START -> module.start(in.readIndex());
                case ELEMENT -> new SegmentDecoder(context).decodeElements();
                case DATA_COUNT -> module.dataCount(in.readIndex());
                case CODE -> new CodeSectionDecoder(context).decode();
                case DATA -> {
                    dataSeen = true;
                    new SegmentDecoder(context).decodeData();
                }
                default -> throw new IllegalStateException("section " + id);
            }
            if (in.position() != end) {
                throw ByteReader.malformed(start, "section size mismatch");
            }
        }
        if (module.funcCount() - module.importedFuncCount() != module.bodyCount()) {
            throw ByteReader.malformed(in.position(), "function and code section have inconsistent lengths");
        }
        if (module.hasDataCount() && module.dataCountValue() != module.dataSegmentCount()) {
            throw ByteReader.malformed(in.position(), "data count and data section have inconsistent lengths");
        }
    }

    private void readHeader() {
        if (bytes.length < 4) {
            throw new MalformedModuleException(bytes.length, "unexpected end");
        }
        if (littleEndianInt(0) != MAGIC) {
            throw new MalformedModuleException(0, "magic header not detected");
        }
        if (bytes.length < 8) {
            throw new MalformedModuleException(bytes.length, "unexpected end");
        }
        if (littleEndianInt(4) != VERSION) {
            throw new MalformedModuleException(4, "unknown binary version");
        }
        in.position(8);
    }

    private int littleEndianInt(int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16
                | (bytes[at + 3] & 0xFF) << 24;
    }

    private void readCustomSection(int start, int end) {
        int outerLimit = in.limit();
        in.limit(end);
        String name = in.readName();
        in.limit(outerLimit);
        int dataStart = in.position();
        module.addCustomSection(new CustomSectionRange(name, dataStart, end - dataStart));
        if (name.equals("name")) {
            module.names(NameSectionDecoder.decode(bytes, dataStart, end));
        }
        in.position(end);
    }

    /** The position of a (non-custom) section in the required order. */
    private static int rank(int id) {
        return switch (id) {
            case TYPE -> 1;
            case IMPORT -> 2;
            case FUNCTION -> 3;
            case TABLE -> 4;
            case MEMORY -> 5;
            case TAG -> 6;
            case GLOBAL -> 7;
            case EXPORT -> 8;
            case START -> 9;
            case ELEMENT -> 10;
            case DATA_COUNT -> 11;
            case CODE -> 12;
            case DATA -> 13;
            default -> throw new IllegalArgumentException("section " + id);
        };
    }
}

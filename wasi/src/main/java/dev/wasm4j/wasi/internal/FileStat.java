package dev.wasm4j.wasi.internal;

/** The fields of a WASI {@code filestat}; times are nanoseconds since the Unix epoch. */
public record FileStat(long dev, long ino, int filetype, long nlink, long size, long atim, long mtim, long ctim) {
}

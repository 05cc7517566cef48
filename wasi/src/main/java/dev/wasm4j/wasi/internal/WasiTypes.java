package dev.wasm4j.wasi.internal;

/** The small enums and flag sets of {@code wasi_snapshot_preview1}, with their witx values. */
public final class WasiTypes {
    // filetype (u8)
    public static final int FILETYPE_UNKNOWN = 0;
    public static final int FILETYPE_BLOCK_DEVICE = 1;
    public static final int FILETYPE_CHARACTER_DEVICE = 2;
    public static final int FILETYPE_DIRECTORY = 3;
    public static final int FILETYPE_REGULAR_FILE = 4;
    public static final int FILETYPE_SOCKET_DGRAM = 5;
    public static final int FILETYPE_SOCKET_STREAM = 6;
    public static final int FILETYPE_SYMBOLIC_LINK = 7;

    // clockid (u32)
    public static final int CLOCK_REALTIME = 0;
    public static final int CLOCK_MONOTONIC = 1;
    public static final int CLOCK_PROCESS_CPUTIME_ID = 2;
    public static final int CLOCK_THREAD_CPUTIME_ID = 3;

    // whence (u8)
    public static final int WHENCE_SET = 0;
    public static final int WHENCE_CUR = 1;
    public static final int WHENCE_END = 2;

    // advice (u8): 0 normal .. 5 noreuse
    public static final int ADVICE_MAX = 5;

    // fdflags (u16)
    public static final int FDFLAG_APPEND = 1;
    public static final int FDFLAG_DSYNC = 2;
    public static final int FDFLAG_NONBLOCK = 4;
    public static final int FDFLAG_RSYNC = 8;
    public static final int FDFLAG_SYNC = 16;
    public static final int FDFLAGS_ALL = 31;

    // fstflags (u16)
    public static final int FSTFLAG_ATIM = 1;
    public static final int FSTFLAG_ATIM_NOW = 2;
    public static final int FSTFLAG_MTIM = 4;
    public static final int FSTFLAG_MTIM_NOW = 8;

    // lookupflags (u32)
    public static final int LOOKUP_SYMLINK_FOLLOW = 1;

    // oflags (u16)
    public static final int O_CREAT = 1;
    public static final int O_DIRECTORY = 2;
    public static final int O_EXCL = 4;
    public static final int O_TRUNC = 8;

    // eventtype (u8)
    public static final int EVENTTYPE_CLOCK = 0;
    public static final int EVENTTYPE_FD_READ = 1;
    public static final int EVENTTYPE_FD_WRITE = 2;

    // eventrwflags (u16)
    public static final int EVENT_FD_READWRITE_HANGUP = 1;

    // subclockflags (u16)
    public static final int SUBSCRIPTION_CLOCK_ABSTIME = 1;

    // preopentype (u8)
    public static final int PREOPENTYPE_DIR = 0;

    // sdflags (u8)
    public static final int SDFLAG_RD = 1;
    public static final int SDFLAG_WR = 2;

    private WasiTypes() {
    }
}

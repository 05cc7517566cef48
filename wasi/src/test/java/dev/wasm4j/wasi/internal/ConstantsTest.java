package dev.wasm4j.wasi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

/** The numbering of errno, rights and the small enums must be exactly the witx's. */
class ConstantsTest {
    /** The witx errno enum, in declaration order (value = index). */
    private static final List<String> WITX_ERRNOS = List.of("SUCCESS", "TOOBIG", "ACCES", "ADDRINUSE",
            "ADDRNOTAVAIL", "AFNOSUPPORT", "AGAIN", "ALREADY", "BADF", "BADMSG", "BUSY", "CANCELED", "CHILD",
            "CONNABORTED", "CONNREFUSED", "CONNRESET", "DEADLK", "DESTADDRREQ", "DOM", "DQUOT", "EXIST", "FAULT",
            "FBIG", "HOSTUNREACH", "IDRM", "ILSEQ", "INPROGRESS", "INTR", "INVAL", "IO", "ISCONN", "ISDIR", "LOOP",
            "MFILE", "MLINK", "MSGSIZE", "MULTIHOP", "NAMETOOLONG", "NETDOWN", "NETRESET", "NETUNREACH", "NFILE",
            "NOBUFS", "NODEV", "NOENT", "NOEXEC", "NOLCK", "NOLINK", "NOMEM", "NOMSG", "NOPROTOOPT", "NOSPC",
            "NOSYS", "NOTCONN", "NOTDIR", "NOTEMPTY", "NOTRECOVERABLE", "NOTSOCK", "NOTSUP", "NOTTY", "NXIO",
            "OVERFLOW", "OWNERDEAD", "PERM", "PIPE", "PROTO", "PROTONOSUPPORT", "PROTOTYPE", "RANGE", "ROFS",
            "SPIPE", "SRCH", "STALE", "TIMEDOUT", "TXTBSY", "XDEV", "NOTCAPABLE");

    @Test
    void errnoValuesFollowTheWitxOrder() throws Exception {
        for (int i = 0; i < WITX_ERRNOS.size(); i++) {
            assertEquals(i, Errno.class.getField(WITX_ERRNOS.get(i)).getInt(null), WITX_ERRNOS.get(i));
        }
        int constants = 0;
        for (Field f : Errno.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                constants++;
            }
        }
        assertEquals(77, constants);
        assertEquals(76, Errno.NOTCAPABLE);
        assertEquals("notcapable", Errno.name(76));
        assertEquals("2big", Errno.name(1));
        assertEquals("errno 99", Errno.name(99));
    }

    @Test
    void rightsBits() {
        assertEquals(1L, Rights.FD_DATASYNC);
        assertEquals(2L, Rights.FD_READ);
        assertEquals(64L, Rights.FD_WRITE);
        assertEquals(1L << 13, Rights.PATH_OPEN);
        assertEquals(1L << 14, Rights.FD_READDIR);
        assertEquals(1L << 21, Rights.FD_FILESTAT_GET);
        assertEquals(1L << 27, Rights.POLL_FD_READWRITE);
        assertEquals(1L << 29, Rights.SOCK_ACCEPT);
        assertEquals(0x3FFF_FFFFL, Rights.ALL);
    }

    @Test
    void smallEnumsAndFlags() {
        assertEquals(3, WasiTypes.FILETYPE_DIRECTORY);
        assertEquals(4, WasiTypes.FILETYPE_REGULAR_FILE);
        assertEquals(7, WasiTypes.FILETYPE_SYMBOLIC_LINK);
        assertEquals(2, WasiTypes.WHENCE_END);
        assertEquals(8, WasiTypes.O_TRUNC);
        assertEquals(16, WasiTypes.FDFLAG_SYNC);
        assertEquals(8, WasiTypes.FSTFLAG_MTIM_NOW);
        assertEquals(3, WasiTypes.CLOCK_THREAD_CPUTIME_ID);
        assertEquals(2, WasiTypes.EVENTTYPE_FD_WRITE);
    }
}

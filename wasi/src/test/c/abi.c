// The raw ABI: struct layouts (sizes and that the host writes no byte past a struct), stdio descriptors,
// preopen descriptions, errnos for bad descriptors and pointers, sockets, signals, sched_yield, fd_readdir
// paging and poll_oneoff. Expects the preopen "/sandbox" (fd 3) holding a.txt ("aaa"), b.txt, c.txt.
#include <stdint.h>
#include <stdlib.h>
#include <wasi/api.h>

#include "check.h"

// Newer wasi-libc headers no longer declare proc_raise; the import is declared here.
int32_t raw_proc_raise(int32_t signal)
    __attribute__((__import_module__("wasi_snapshot_preview1"), __import_name__("proc_raise")));

#define SANDBOX 3
#define GUARD 0xA5

static int untouched(const uint8_t *p, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (p[i] != GUARD) {
            return 0;
        }
    }
    return 1;
}

static void layouts(void) {
    CHECK(sizeof(__wasi_filestat_t) == 64);
    CHECK(sizeof(__wasi_fdstat_t) == 24);
    CHECK(sizeof(__wasi_prestat_t) == 8);
    CHECK(sizeof(__wasi_dirent_t) == 24);
    CHECK(sizeof(__wasi_event_t) == 32);
    CHECK(sizeof(__wasi_subscription_t) == 48);
    CHECK(sizeof(__wasi_iovec_t) == 8);
    uint8_t buf[96];

    memset(buf, GUARD, sizeof buf);
    CHECK_ERRNO(__wasi_path_filestat_get(SANDBOX, 0, "a.txt", (__wasi_filestat_t *) buf), 0);
    CHECK(untouched(buf + 64, 32));
    __wasi_filestat_t fst;
    memcpy(&fst, buf, sizeof fst);
    CHECK(fst.filetype == __WASI_FILETYPE_REGULAR_FILE && fst.size == 3 && fst.nlink == 1);
    CHECK(buf[17] == 0 && buf[23] == 0); // padding after filetype is written as zeros
    CHECK(fst.mtim > 1000000000ULL * 1000000000ULL);
    CHECK(fst.ino != 0);

    memset(buf, GUARD, sizeof buf);
    CHECK_ERRNO(__wasi_fd_fdstat_get(1, (__wasi_fdstat_t *) buf), 0);
    CHECK(untouched(buf + 24, 72));
    __wasi_fdstat_t fds;
    memcpy(&fds, buf, sizeof fds);
    CHECK((fds.fs_rights_base & __WASI_RIGHTS_FD_WRITE) != 0);
    CHECK((fds.fs_rights_base & (__WASI_RIGHTS_FD_SEEK | __WASI_RIGHTS_FD_TELL)) == 0); // a stream
    CHECK_ERRNO(__wasi_fd_fdstat_get(0, &fds), 0);
    CHECK((fds.fs_rights_base & __WASI_RIGHTS_FD_READ) != 0 && (fds.fs_rights_base & __WASI_RIGHTS_FD_WRITE) == 0);
    CHECK_ERRNO(__wasi_fd_fdstat_get(SANDBOX, &fds), 0);
    CHECK(fds.fs_filetype == __WASI_FILETYPE_DIRECTORY);
    CHECK((fds.fs_rights_base & __WASI_RIGHTS_PATH_OPEN) != 0);
    CHECK((fds.fs_rights_inheriting & __WASI_RIGHTS_FD_READ) != 0);

    memset(buf, GUARD, sizeof buf);
    CHECK_ERRNO(__wasi_fd_prestat_get(SANDBOX, (__wasi_prestat_t *) buf), 0);
    CHECK(untouched(buf + 8, 88));
    __wasi_prestat_t pre;
    memcpy(&pre, buf, sizeof pre);
    CHECK(pre.tag == __WASI_PREOPENTYPE_DIR && pre.u.dir.pr_name_len == 8);
    memset(buf, GUARD, sizeof buf);
    CHECK_ERRNO(__wasi_fd_prestat_dir_name(SANDBOX, buf, 8), 0);
    CHECK(memcmp(buf, "/sandbox", 8) == 0 && buf[8] == GUARD);
    CHECK_ERRNO(__wasi_fd_prestat_dir_name(SANDBOX, buf, 3), __WASI_ERRNO_NAMETOOLONG);
    CHECK_ERRNO(__wasi_fd_prestat_get(0, &pre), __WASI_ERRNO_BADF);
    CHECK_ERRNO(__wasi_fd_prestat_get(4, &pre), __WASI_ERRNO_BADF);
    printf("layouts_ok\n");
}

static void bad_descriptors_and_pointers(void) {
    __wasi_fdstat_t fds;
    __wasi_size_t n;
    __wasi_filesize_t pos;
    CHECK_ERRNO(__wasi_fd_fdstat_get(77, &fds), __WASI_ERRNO_BADF);
    CHECK_ERRNO(__wasi_fd_close(77), __WASI_ERRNO_BADF);
    CHECK_ERRNO(__wasi_fd_seek(1, 0, __WASI_WHENCE_CUR, &pos), __WASI_ERRNO_SPIPE);
    CHECK_ERRNO(__wasi_fd_tell(0, &pos), __WASI_ERRNO_SPIPE);
    __wasi_ciovec_t iov = {(const uint8_t *) "x", 1};
    CHECK_ERRNO(__wasi_fd_write(77, &iov, 1, &n), __WASI_ERRNO_BADF);
    CHECK_ERRNO(__wasi_fd_write(0, &iov, 1, &n), __WASI_ERRNO_BADF); // stdin is not writable
    // A buffer or result pointer outside memory is EFAULT, not a trap.
    __wasi_ciovec_t wild = {(const uint8_t *) 0xFFFFFFF0u, 100};
    CHECK_ERRNO(__wasi_fd_write(1, &wild, 1, &n), __WASI_ERRNO_FAULT);
    CHECK_ERRNO(__wasi_fd_write(1, (const __wasi_ciovec_t *) 0xFFFFFFFCu, 1, &n), __WASI_ERRNO_FAULT);
    CHECK_ERRNO(__wasi_fd_write(1, &iov, 1, (__wasi_size_t *) 0xFFFFFFFEu), __WASI_ERRNO_FAULT);
    CHECK_ERRNO(__wasi_fd_fdstat_get(1, (__wasi_fdstat_t *) 0xFFFFFFF0u), __WASI_ERRNO_FAULT);
    CHECK_ERRNO(__wasi_random_get((uint8_t *) 0xFFFFFF00u, 0x200), __WASI_ERRNO_FAULT);
    // Rights can only shrink.
    CHECK_ERRNO(__wasi_fd_fdstat_get(0, &fds), 0);
    CHECK_ERRNO(__wasi_fd_fdstat_set_rights(0, fds.fs_rights_base | __WASI_RIGHTS_FD_WRITE, 0), __WASI_ERRNO_NOTCAPABLE);
    printf("bad_descriptors_ok\n");
}

static void sockets_signals_yield(void) {
    __wasi_fd_t fd;
    __wasi_size_t n;
    __wasi_roflags_t ro;
    __wasi_iovec_t iov = {(uint8_t *) &n, 4};
    __wasi_ciovec_t ciov = {(const uint8_t *) &n, 4};
    CHECK_ERRNO(__wasi_sock_accept(SANDBOX, 0, &fd), __WASI_ERRNO_NOTSOCK);
    CHECK_ERRNO(__wasi_sock_accept(77, 0, &fd), __WASI_ERRNO_BADF);
    CHECK_ERRNO(__wasi_sock_recv(0, &iov, 1, 0, &n, &ro), __WASI_ERRNO_NOTSOCK);
    CHECK_ERRNO(__wasi_sock_recv(77, &iov, 1, 0, &n, &ro), __WASI_ERRNO_BADF);
    CHECK_ERRNO(__wasi_sock_send(1, &ciov, 1, 0, &n), __WASI_ERRNO_NOTSOCK);
    CHECK_ERRNO(__wasi_sock_send(77, &ciov, 1, 0, &n), __WASI_ERRNO_BADF);
    CHECK_ERRNO(__wasi_sock_shutdown(1, __WASI_SDFLAGS_WR), __WASI_ERRNO_NOTSOCK);
    CHECK_ERRNO(__wasi_sock_shutdown(77, __WASI_SDFLAGS_RD), __WASI_ERRNO_BADF);
    CHECK_ERRNO(raw_proc_raise(15 /* term */), __WASI_ERRNO_NOSYS);
    CHECK_ERRNO(raw_proc_raise(200), __WASI_ERRNO_INVAL);
    CHECK_ERRNO(__wasi_sched_yield(), 0);
    printf("sockets_signals_ok\n");
}

static void readdir_paging(void) {
    uint8_t buf[256];
    __wasi_size_t used;
    // Whole listing: ".", "..", a.txt, b.txt, c.txt in that order.
    CHECK_ERRNO(__wasi_fd_readdir(SANDBOX, buf, sizeof buf, 0, &used), 0);
    const char *names[] = {".", "..", "a.txt", "b.txt", "c.txt"};
    size_t off = 0;
    for (int i = 0; i < 5; i++) {
        __wasi_dirent_t d;
        memcpy(&d, buf + off, sizeof d);
        CHECK(d.d_next == (__wasi_dircookie_t) (i + 1));
        CHECK(d.d_namlen == strlen(names[i]));
        CHECK(memcmp(buf + off + sizeof d, names[i], d.d_namlen) == 0);
        CHECK(d.d_type == (i < 2 ? __WASI_FILETYPE_DIRECTORY : __WASI_FILETYPE_REGULAR_FILE));
        off += sizeof d + d.d_namlen;
    }
    CHECK(used == off && used < sizeof buf); // less than the buffer: the end was reached
    // A buffer that ends inside an entry is filled completely (the last entry truncated).
    memset(buf, GUARD, sizeof buf);
    CHECK_ERRNO(__wasi_fd_readdir(SANDBOX, buf, 30, 0, &used), 0);
    CHECK(used == 30 && buf[30] == GUARD);
    // Continuing from a cookie.
    CHECK_ERRNO(__wasi_fd_readdir(SANDBOX, buf, sizeof buf, 3, &used), 0);
    __wasi_dirent_t d;
    memcpy(&d, buf, sizeof d);
    CHECK(d.d_next == 4 && d.d_namlen == 5 && memcmp(buf + sizeof d, "b.txt", 5) == 0);
    CHECK_ERRNO(__wasi_fd_readdir(SANDBOX, buf, sizeof buf, 5, &used), 0);
    CHECK(used == 0);
    CHECK_ERRNO(__wasi_fd_readdir(SANDBOX, buf, sizeof buf, 1000, &used), 0);
    CHECK(used == 0);
    printf("readdir_ok\n");
}

static void poll(void) {
    __wasi_subscription_t subs[3];
    __wasi_event_t events[3];
    __wasi_size_t n = 0;
    CHECK_ERRNO(__wasi_poll_oneoff(subs, events, 0, &n), __WASI_ERRNO_INVAL);

    // A relative clock alone: sleeps, then one clock event with its userdata.
    memset(subs, 0, sizeof subs);
    subs[0].userdata = 0x1234567890ULL;
    subs[0].u.tag = __WASI_EVENTTYPE_CLOCK;
    subs[0].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
    subs[0].u.u.clock.timeout = 20 * 1000 * 1000;
    __wasi_timestamp_t t0, t1;
    CHECK_ERRNO(__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &t0), 0);
    memset(events, GUARD, sizeof events);
    CHECK_ERRNO(__wasi_poll_oneoff(subs, events, 1, &n), 0);
    CHECK_ERRNO(__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &t1), 0);
    CHECK(n == 1 && events[0].userdata == 0x1234567890ULL && events[0].error == 0);
    CHECK(events[0].type == __WASI_EVENTTYPE_CLOCK);
    CHECK(t1 - t0 >= 20 * 1000 * 1000);
    CHECK(untouched((const uint8_t *) &events[1], sizeof events[1]));

    // An absolute deadline in the past fires at once.
    subs[0].u.u.clock.timeout = t1 - 1;
    subs[0].u.u.clock.flags = __WASI_SUBCLOCKFLAGS_SUBSCRIPTION_CLOCK_ABSTIME;
    CHECK_ERRNO(__wasi_poll_oneoff(subs, events, 1, &n), 0);
    CHECK(n == 1 && events[0].error == 0);

    // stdout is writable, stdin (empty bytes) readable at its end, fd 77 a per-event EBADF; the long
    // clock does not fire.
    memset(subs, 0, sizeof subs);
    subs[0].userdata = 1;
    subs[0].u.tag = __WASI_EVENTTYPE_FD_WRITE;
    subs[0].u.u.fd_write.file_descriptor = 1;
    subs[1].userdata = 2;
    subs[1].u.tag = __WASI_EVENTTYPE_FD_READ;
    subs[1].u.u.fd_read.file_descriptor = 77;
    subs[2].userdata = 3;
    subs[2].u.tag = __WASI_EVENTTYPE_CLOCK;
    subs[2].u.u.clock.id = __WASI_CLOCKID_REALTIME;
    subs[2].u.u.clock.timeout = 60ULL * 1000 * 1000 * 1000;
    CHECK_ERRNO(__wasi_poll_oneoff(subs, events, 3, &n), 0);
    CHECK(n == 2);
    CHECK(events[0].userdata == 1 && events[0].type == __WASI_EVENTTYPE_FD_WRITE && events[0].error == 0);
    CHECK(events[1].userdata == 2 && events[1].type == __WASI_EVENTTYPE_FD_READ && events[1].error == __WASI_ERRNO_BADF);

    // A regular file is always readable: nbytes is what is left.
    __wasi_fd_t f;
    CHECK_ERRNO(__wasi_path_open(SANDBOX, 0, "a.txt", 0, __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_POLL_FD_READWRITE, 0, 0, &f), 0);
    subs[0].u.tag = __WASI_EVENTTYPE_FD_READ;
    subs[0].u.u.fd_read.file_descriptor = f;
    CHECK_ERRNO(__wasi_poll_oneoff(subs, events, 1, &n), 0);
    CHECK(n == 1 && events[0].error == 0 && events[0].fd_readwrite.nbytes == 3);
    // An unknown clock is a per-event EINVAL.
    subs[0].u.tag = __WASI_EVENTTYPE_CLOCK;
    subs[0].u.u.clock.id = 42;
    subs[0].u.u.clock.timeout = 1;
    subs[0].u.u.clock.flags = 0;
    CHECK_ERRNO(__wasi_poll_oneoff(subs, events, 1, &n), 0);
    CHECK(n == 1 && events[0].error == __WASI_ERRNO_INVAL);
    (void) !__wasi_fd_close(f);
    printf("poll_ok\n");
}

static void args_and_environ(void) {
    __wasi_size_t argc, argv_size, envc, env_size;
    CHECK_ERRNO(__wasi_args_sizes_get(&argc, &argv_size), 0);
    CHECK(argc == 2 && argv_size == strlen("abi") + 1 + strlen("ünï") + 1);
    char **argv = malloc(argc * sizeof(char *));
    char *argv_buf = malloc(argv_size);
    CHECK_ERRNO(__wasi_args_get((uint8_t **) argv, (uint8_t *) argv_buf), 0);
    CHECK(strcmp(argv[1], "ünï") == 0 && argv[0] == argv_buf);
    CHECK_ERRNO(__wasi_environ_sizes_get(&envc, &env_size), 0);
    CHECK(envc == 1 && env_size == strlen("K=v=w") + 1);
    CHECK_ERRNO(__wasi_args_get((uint8_t **) 0xFFFFFFFCu, (uint8_t *) argv_buf), __WASI_ERRNO_FAULT);
    printf("args_ok\n");
}

int main(void) {
    layouts();
    bad_descriptors_and_pointers();
    sockets_signals_yield();
    readdir_paging();
    poll();
    args_and_environ();
    FINISH();
}

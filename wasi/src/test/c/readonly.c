// A read-only preopen "/ro" (fd 3) holding file.txt ("read me") and dir/: reading works, every change
// fails (EROFS through the raw API; through wasi-libc with an error), and the JUnit test checks that the
// host directory is untouched.
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/api.h>

#include "check.h"

#define RO 3
#define RW_RIGHTS (__WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_SEEK)

int main(void) {
    char buf[64] = {0};
    int fd = open("/ro/file.txt", O_RDONLY);
    CHECK(fd >= 0);
    CHECK(read(fd, buf, sizeof buf) == 7 && strcmp(buf, "read me") == 0);
    CHECK(write(fd, "x", 1) == -1 && errno == EBADF);
    CHECK(ftruncate(fd, 0) == -1);
    struct timespec ts[2] = {{1, 0}, {1, 0}};
    CHECK(futimens(fd, ts) == -1 && errno == EROFS);
    CHECK_ERRNO(__wasi_fd_filestat_set_times((__wasi_fd_t) fd, 0, 0, __WASI_FSTFLAGS_MTIM_NOW), __WASI_ERRNO_ROFS);
    close(fd);
    struct stat st;
    CHECK(stat("/ro/dir", &st) == 0 && S_ISDIR(st.st_mode));

    CHECK(open("/ro/file.txt", O_WRONLY) == -1 && errno == EROFS);
    CHECK(open("/ro/file.txt", O_RDWR) == -1 && errno == EROFS);
    CHECK(open("/ro/file.txt", O_RDONLY | O_TRUNC) == -1 && errno == EROFS);
    CHECK(open("/ro/new.txt", O_WRONLY | O_CREAT, 0644) == -1 && errno == EROFS);
    CHECK(mkdir("/ro/newdir", 0755) == -1 && errno == EROFS);
    CHECK(mkdir("/ro/dir", 0755) == -1 && errno == EEXIST); // existing: EEXIST before EROFS
    CHECK(unlink("/ro/file.txt") == -1 && errno == EROFS);
    CHECK(unlink("/ro/missing") == -1 && errno == ENOENT);
    CHECK(rmdir("/ro/dir") == -1 && errno == EROFS);
    CHECK(rename("/ro/file.txt", "/ro/renamed.txt") == -1 && errno == EROFS);
    CHECK(symlink("file.txt", "/ro/link") == -1 && errno == EROFS);
    CHECK(link("/ro/file.txt", "/ro/hard") == -1 && errno == EROFS);

    __wasi_fd_t out;
    CHECK_ERRNO(__wasi_path_open(RO, 0, "file.txt", 0, RW_RIGHTS, 0, 0, &out), __WASI_ERRNO_ROFS);
    CHECK_ERRNO(__wasi_path_open(RO, 0, "c.txt", __WASI_OFLAGS_CREAT, RW_RIGHTS, 0, 0, &out), __WASI_ERRNO_ROFS);
    CHECK_ERRNO(__wasi_path_create_directory(RO, "d2"), __WASI_ERRNO_ROFS);
    CHECK_ERRNO(__wasi_path_unlink_file(RO, "file.txt"), __WASI_ERRNO_ROFS);
    CHECK_ERRNO(__wasi_path_remove_directory(RO, "dir"), __WASI_ERRNO_ROFS);
    CHECK_ERRNO(__wasi_path_rename(RO, "file.txt", RO, "x"), __WASI_ERRNO_ROFS);
    CHECK_ERRNO(__wasi_path_symlink("file.txt", RO, "l"), __WASI_ERRNO_ROFS);
    CHECK_ERRNO(__wasi_path_link(RO, 0, "file.txt", RO, "h"), __WASI_ERRNO_ROFS);
    CHECK_ERRNO(__wasi_path_filestat_set_times(RO, 0, "file.txt", 0, 0, __WASI_FSTFLAGS_MTIM_NOW), __WASI_ERRNO_ROFS);
    CHECK_ERRNO(__wasi_fd_filestat_set_times(RO, 0, 0, __WASI_FSTFLAGS_MTIM_NOW), __WASI_ERRNO_ROFS);
    // Moving a file out of the read-only preopen into the writable one is a cross-preopen rename.
    CHECK_ERRNO(__wasi_path_rename(RO, "file.txt", 4, "taken.txt"), __WASI_ERRNO_XDEV);
    CHECK_ERRNO(__wasi_path_link(RO, 0, "file.txt", 4, "taken.txt"), __WASI_ERRNO_XDEV);
    FINISH();
}

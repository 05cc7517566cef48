// Tries to leave the preopen "/sandbox" (fd 3) every way a guest can: "..", absolute paths, symlinks
// (absolute, relative, chained, looping, reached through ".."), and every path function. Prints one
// "case=errno" line per attempt; the JUnit test compares them and checks that nothing outside changed.
// Raw WASI calls are used so wasi-libc does not reinterpret the errors.
#include <stdio.h>
#include <string.h>
#include <wasi/api.h>

#define SANDBOX 3
#define OTHER 4
#define FOLLOW __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW
#define READ_RIGHTS (__WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_SEEK | __WASI_RIGHTS_FD_TELL | __WASI_RIGHTS_FD_FILESTAT_GET)
#define WRITE_RIGHTS (READ_RIGHTS | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_FILESTAT_SET_SIZE)
#define DIR_RIGHTS (__WASI_RIGHTS_PATH_OPEN | __WASI_RIGHTS_FD_READDIR | __WASI_RIGHTS_PATH_FILESTAT_GET)

// path_open with an explicit path length, which the <wasi/api.h> wrapper computes with strlen.
int32_t raw_path_open(int32_t fd, int32_t dirflags, int32_t path, int32_t path_len, int32_t oflags, int64_t base,
                      int64_t inheriting, int32_t fdflags, int32_t result)
    __attribute__((__import_module__("wasi_snapshot_preview1"), __import_name__("path_open")));

static void report(const char *name, __wasi_errno_t e) {
    printf("%s=%d\n", name, (int) e);
}

static __wasi_errno_t open_at(__wasi_fd_t dir, __wasi_lookupflags_t flags, const char *path,
                              __wasi_oflags_t oflags, __wasi_rights_t rights, __wasi_fd_t *out) {
    __wasi_fd_t fd = 0;
    __wasi_errno_t e = __wasi_path_open(dir, flags, path, oflags, rights, 0, 0, &fd);
    if (out) {
        *out = fd;
    } else if (e == 0) {
        (void) !__wasi_fd_close(fd);
    }
    return e;
}

#define OPEN(name, flags, path) report(name, open_at(SANDBOX, flags, path, 0, READ_RIGHTS, NULL))

int main(void) {
    // Opening for reading.
    OPEN("open_dotdot", 0, "../outside/secret.txt");
    OPEN("open_dotdot_deep", 0, "sub/../../outside/secret.txt");
    OPEN("open_dotdot_inside", 0, "sub/../file.txt");
    OPEN("open_dot_dotdot", 0, "./sub/./../../outside/secret.txt");
    OPEN("open_absolute", 0, "/etc/passwd");
    OPEN("open_absolute_sandbox", 0, "/sandbox/file.txt");
    OPEN("open_abs_link_nofollow", 0, "abs_link");
    OPEN("open_abs_link_through", 0, "abs_link/secret.txt");
    OPEN("open_abs_file_link_follow", FOLLOW, "abs_file_link");
    OPEN("open_rel_link_through", 0, "rel_link/secret.txt");
    OPEN("open_chain_follow", FOLLOW, "chain1");
    OPEN("open_loop_follow", FOLLOW, "loop1");
    OPEN("open_self_follow", FOLLOW, "self");
    OPEN("open_sub_deep_follow", FOLLOW, "sub/deep");
    OPEN("open_sneaky_through", 0, "sneaky/secret.txt");
    OPEN("open_ok_link_dotdot", 0, "ok_link/../file.txt");
    OPEN("open_ok_chain_follow", FOLLOW, "ok_chain");
    OPEN("open_slash_link_through", 0, "slash_link/etc/passwd");
    OPEN("open_dotdot_link_follow", FOLLOW, "dotdot_file");
    report("opendir_rel_link", open_at(SANDBOX, FOLLOW, "rel_link", __WASI_OFLAGS_DIRECTORY, DIR_RIGHTS, NULL));
    report("opendir_dotdot", open_at(SANDBOX, 0, "..", __WASI_OFLAGS_DIRECTORY, DIR_RIGHTS, NULL));
    report("opendir_dot", open_at(SANDBOX, 0, ".", __WASI_OFLAGS_DIRECTORY, DIR_RIGHTS, NULL));

    // Creating and truncating.
    report("create_through_rel_link", open_at(SANDBOX, FOLLOW, "rel_link/created.txt", __WASI_OFLAGS_CREAT, WRITE_RIGHTS, NULL));
    report("create_dotdot", open_at(SANDBOX, 0, "../created.txt", __WASI_OFLAGS_CREAT, WRITE_RIGHTS, NULL));
    report("create_via_dangling_link", open_at(SANDBOX, FOLLOW, "dangling_out", __WASI_OFLAGS_CREAT, WRITE_RIGHTS, NULL));
    report("create_excl_on_link", open_at(SANDBOX, FOLLOW, "dangling_out", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_EXCL, WRITE_RIGHTS, NULL));
    report("trunc_through_link", open_at(SANDBOX, FOLLOW, "dotdot_file", __WASI_OFLAGS_TRUNC, WRITE_RIGHTS, NULL));
    report("write_through_abs_link", open_at(SANDBOX, FOLLOW, "abs_file_link", 0, WRITE_RIGHTS, NULL));

    // Directories.
    report("mkdir_through_rel_link", __wasi_path_create_directory(SANDBOX, "rel_link/newdir"));
    report("mkdir_dotdot", __wasi_path_create_directory(SANDBOX, "../newdir"));
    report("mkdir_absolute", __wasi_path_create_directory(SANDBOX, "/tmp/newdir"));
    report("rmdir_through_link", __wasi_path_remove_directory(SANDBOX, "rel_link/dir"));
    report("rmdir_dotdot", __wasi_path_remove_directory(SANDBOX, "../outside/dir"));
    report("rmdir_root", __wasi_path_remove_directory(SANDBOX, "."));

    // Removing, renaming and linking.
    report("unlink_through_link", __wasi_path_unlink_file(SANDBOX, "rel_link/secret.txt"));
    report("unlink_dotdot", __wasi_path_unlink_file(SANDBOX, "../outside/secret.txt"));
    report("rename_out", __wasi_path_rename(SANDBOX, "file.txt", SANDBOX, "../outside/moved.txt"));
    report("rename_in", __wasi_path_rename(SANDBOX, "../outside/secret.txt", SANDBOX, "stolen.txt"));
    report("rename_through_link", __wasi_path_rename(SANDBOX, "file.txt", SANDBOX, "rel_link/moved.txt"));
    report("rename_from_link_dir", __wasi_path_rename(SANDBOX, "rel_link/secret.txt", SANDBOX, "stolen.txt"));
    report("link_out", __wasi_path_link(SANDBOX, 0, "file.txt", SANDBOX, "../outside/hard.txt"));
    report("link_in", __wasi_path_link(SANDBOX, 0, "rel_link/secret.txt", SANDBOX, "hard.txt"));
    report("link_in_follow", __wasi_path_link(SANDBOX, FOLLOW, "dotdot_file", SANDBOX, "hard2.txt"));
    report("link_abs_link_follow", __wasi_path_link(SANDBOX, FOLLOW, "abs_file_link", SANDBOX, "hard3.txt"));
    report("symlink_abs", __wasi_path_symlink("/etc/passwd", SANDBOX, "new_abs_link"));
    report("symlink_dotdot", __wasi_path_symlink("../outside/secret.txt", SANDBOX, "new_rel_link"));
    report("symlink_deep_dotdot", __wasi_path_symlink("../../x", SANDBOX, "sub/new_link"));
    report("symlink_into_link_dir", __wasi_path_symlink("x", SANDBOX, "rel_link/new_link"));
    report("symlink_inside", __wasi_path_symlink("../file.txt", SANDBOX, "sub/ok_new_link"));
    // A link that stays inside where it is made can point outside once moved: following it is refused.
    report("symlink_for_move", __wasi_path_symlink("../file.txt", SANDBOX, "sub/mv_link"));
    report("move_link_up", __wasi_path_rename(SANDBOX, "sub/mv_link", SANDBOX, "mv_link"));
    OPEN("open_moved_link_follow", FOLLOW, "mv_link");
    report("rename_cross_preopen", __wasi_path_rename(SANDBOX, "file2.txt", OTHER, "moved.txt"));
    report("link_cross_preopen", __wasi_path_link(SANDBOX, 0, "file2.txt", OTHER, "linked.txt"));

    // Attributes and link contents.
    __wasi_filestat_t st;
    report("stat_follow_rel_link", __wasi_path_filestat_get(SANDBOX, FOLLOW, "rel_link", &st));
    __wasi_errno_t e = __wasi_path_filestat_get(SANDBOX, 0, "rel_link", &st);
    report("stat_nofollow_rel_link", e);
    printf("stat_nofollow_rel_link_type=%d\n", (int) st.filetype);
    report("stat_through_link", __wasi_path_filestat_get(SANDBOX, 0, "rel_link/secret.txt", &st));
    report("stat_dotdot", __wasi_path_filestat_get(SANDBOX, 0, "..", &st));
    report("settimes_through_link", __wasi_path_filestat_set_times(SANDBOX, 0, "rel_link/secret.txt", 0, 0,
                                                                   __WASI_FSTFLAGS_MTIM_NOW));
    report("settimes_follow", __wasi_path_filestat_set_times(SANDBOX, FOLLOW, "dotdot_file", 0, 0,
                                                             __WASI_FSTFLAGS_MTIM_NOW));
    uint8_t buf[256];
    __wasi_size_t used = 0;
    report("readlink_through", __wasi_path_readlink(SANDBOX, "rel_link/x", buf, sizeof buf, &used));
    e = __wasi_path_readlink(SANDBOX, "rel_link", buf, sizeof buf, &used);
    report("readlink_link", e);
    printf("readlink_link_value=%.*s\n", (int) used, (char *) buf);

    // From a subdirectory descriptor, ".." may reach the preopen's root but not beyond.
    __wasi_fd_t sub = 0;
    report("open_sub", open_at(SANDBOX, 0, "sub", __WASI_OFLAGS_DIRECTORY, DIR_RIGHTS, &sub));
    report("sub_dotdot_file", open_at(sub, 0, "../file.txt", 0, READ_RIGHTS, NULL));
    report("sub_dotdot", open_at(sub, 0, "..", __WASI_OFLAGS_DIRECTORY, DIR_RIGHTS, NULL));
    report("sub_dotdot_dotdot", open_at(sub, 0, "../..", __WASI_OFLAGS_DIRECTORY, DIR_RIGHTS, NULL));
    report("sub_escape", open_at(sub, 0, "../../outside/secret.txt", 0, READ_RIGHTS, NULL));
    report("sub_deep_follow", open_at(sub, FOLLOW, "deep", 0, READ_RIGHTS, NULL));
    (void) !__wasi_fd_close(sub);

    // Malformed paths.
    static const char with_nul[] = "file.txt\0../../x";
    int32_t fd_out = 0;
    report("nul_in_path", (__wasi_errno_t) raw_path_open(SANDBOX, 0, (int32_t) with_nul, sizeof with_nul - 1, 0,
                                                        READ_RIGHTS, 0, 0, (int32_t) &fd_out));
    const char bad_utf8[] = {'f', (char) 0xff, (char) 0xfe, 0};
    report("bad_utf8", open_at(SANDBOX, 0, bad_utf8, 0, READ_RIGHTS, NULL));
    report("empty_path", open_at(SANDBOX, 0, "", 0, READ_RIGHTS, NULL));

    // The root's ".." entry describes the root itself, not the host directory above it.
    e = __wasi_fd_readdir(SANDBOX, buf, sizeof buf, 0, &used);
    report("readdir_root", e);
    __wasi_dirent_t dot, dotdot;
    memcpy(&dot, buf, sizeof dot);
    memcpy(&dotdot, buf + sizeof dot + dot.d_namlen, sizeof dotdot);
    printf("readdir_dotdot_is_root=%d\n", dot.d_ino == dotdot.d_ino && dotdot.d_namlen == 2);

    // Through wasi-libc: it finds the preopen and passes the rest on.
    FILE *f = fopen("/sandbox/../outside/secret.txt", "r");
    printf("libc_dotdot_opened=%d\n", f != NULL);
    f = fopen("/sandbox/rel_link/secret.txt", "r");
    printf("libc_link_opened=%d\n", f != NULL);
    f = fopen("/etc/passwd", "r");
    printf("libc_absolute_opened=%d\n", f != NULL);
    f = fopen("/sandbox/sub/deep", "r");
    printf("libc_deep_opened=%d\n", f != NULL);
    printf("end\n");
    return 0;
}

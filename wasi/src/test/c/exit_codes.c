// Ends in the way argv[1] names: "return N", "exit N" (flushes stdio first), "_Exit N" (does not),
// "abort" (traps), "unreachable" (traps), "raw N" (__wasi_proc_exit directly).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasi/api.h>

int main(int argc, char **argv) {
    if (argc < 2) {
        return 0;
    }
    int code = argc > 2 ? atoi(argv[2]) : 0;
    printf("before %s\n", argv[1]); // buffered when stdout is not a terminal
    if (strcmp(argv[1], "return") == 0) {
        return code;
    } else if (strcmp(argv[1], "exit") == 0) {
        exit(code);
    } else if (strcmp(argv[1], "_Exit") == 0) {
        fflush(stdout);
        _Exit(code);
    } else if (strcmp(argv[1], "abort") == 0) {
        fflush(stdout);
        abort();
    } else if (strcmp(argv[1], "unreachable") == 0) {
        fflush(stdout);
        __builtin_trap();
    } else if (strcmp(argv[1], "raw") == 0) {
        fflush(stdout);
        __wasi_proc_exit((__wasi_exitcode_t) code);
    }
    printf("unknown mode\n");
    return 100;
}

// Shared by the WASI test programs: CHECK prints a FAIL line (with errno) for a false condition and
// counts it; FINISH prints the summary the JUnit tests look for and turns failures into exit code 1.
#ifndef WASM4J_CHECK_H
#define WASM4J_CHECK_H

#include <errno.h>
#include <stdio.h>
#include <string.h>

static int check_failures = 0;

#define CHECK(cond)                                                                          \
    do {                                                                                     \
        if (!(cond)) {                                                                       \
            printf("FAIL line %d: %s (errno %d %s)\n", __LINE__, #cond, errno, strerror(errno)); \
            check_failures++;                                                                \
        }                                                                                    \
    } while (0)

// A raw WASI call's errno must be `expected`.
#define CHECK_ERRNO(call, expected)                                                          \
    do {                                                                                     \
        int check_got = (int) (call);                                                        \
        if (check_got != (expected)) {                                                       \
            printf("FAIL line %d: %s gave errno %d, expected %d\n", __LINE__, #call, check_got, \
                   (int) (expected));                                                        \
            check_failures++;                                                                \
        }                                                                                    \
    } while (0)

#define FINISH()                                                                             \
    do {                                                                                     \
        printf("done failures=%d\n", check_failures);                                        \
        fflush(stdout);                                                                      \
        return check_failures ? 1 : 0;                                                       \
    } while (0)

#endif

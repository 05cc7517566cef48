// Prints its arguments and environment, one per line, so the test can compare them exactly.
#include <stdio.h>
#include <stdlib.h>

extern char **environ;

int main(int argc, char **argv) {
    printf("argc=%d\n", argc);
    for (int i = 0; i < argc; i++) {
        printf("argv[%d]=%s\n", i, argv[i]);
    }
    for (char **e = environ; *e; e++) {
        printf("env:%s\n", *e);
    }
    const char *greeting = getenv("GREETING");
    printf("getenv(GREETING)=%s\n", greeting ? greeting : "(null)");
    const char *missing = getenv("NOT_SET_ANYWHERE");
    printf("getenv(NOT_SET_ANYWHERE)=%s\n", missing ? missing : "(null)");
    return 0;
}

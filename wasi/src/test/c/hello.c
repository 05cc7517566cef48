// Writes to stdout and stderr, then exits with the code given as the first argument (default 0).
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    printf("hello from wasi\n");
    fprintf(stderr, "to stderr\n");
    return argc > 1 ? atoi(argv[1]) : 0;
}

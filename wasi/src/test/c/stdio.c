// Stdio modes (argv[1]): "upper" copies stdin to stdout upper-cased and reports the byte count on
// stderr; "cat" copies stdin to stdout byte for byte with read/write; "lines" numbers stdin's lines
// with fgets; "mixed" interleaves stdout and stderr writes; "big" writes argv[2] KiB of a pattern;
// "poll" waits for stdin with poll(): first 50 ms in vain, then until data arrives.
#include <ctype.h>
#include <poll.h>
#include <time.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
    const char *mode = argc > 1 ? argv[1] : "upper";
    if (strcmp(mode, "upper") == 0) {
        long total = 0;
        int c;
        while ((c = getchar()) != EOF) {
            putchar(toupper(c));
            total++;
        }
        fprintf(stderr, "read %ld bytes\n", total);
    } else if (strcmp(mode, "cat") == 0) {
        char buf[1000];
        ssize_t n;
        while ((n = read(0, buf, sizeof buf)) > 0) {
            for (ssize_t off = 0; off < n;) {
                ssize_t w = write(1, buf + off, n - off);
                if (w <= 0) {
                    return 2;
                }
                off += w;
            }
        }
        if (n < 0) {
            return 3;
        }
    } else if (strcmp(mode, "lines") == 0) {
        char line[256];
        int no = 0;
        while (fgets(line, sizeof line, stdin)) {
            printf("%d: %s", ++no, line);
        }
        printf("lines=%d\n", no);
    } else if (strcmp(mode, "mixed") == 0) {
        for (int i = 0; i < 3; i++) {
            fprintf(stdout, "out %d\n", i);
            fflush(stdout);
            fprintf(stderr, "err %d\n", i);
        }
    } else if (strcmp(mode, "poll") == 0) {
        struct pollfd p = {0, POLLIN, 0};
        int r = poll(&p, 1, 50);
        printf("first poll=%d\n", r);
        r = poll(&p, 1, 10000);
        printf("second poll=%d revents_in=%d\n", r, (p.revents & POLLIN) != 0);
        char buf[64];
        ssize_t n = read(0, buf, sizeof buf);
        printf("read=%.*s\n", (int) (n > 0 ? n : 0), buf);
    } else if (strcmp(mode, "big") == 0) {
        int kib = argc > 2 ? atoi(argv[2]) : 1;
        char *buf = malloc(1024);
        for (int i = 0; i < 1024; i++) {
            buf[i] = 'a' + i % 26;
        }
        for (int i = 0; i < kib; i++) {
            fwrite(buf, 1, 1024, stdout);
        }
        free(buf);
    }
    return 0;
}

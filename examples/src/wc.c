// A small WASI command: counts lines, words and bytes of each file named on the command line (like
// `wc`), and the most frequent word, then prints a greeting from the environment.
// Build: examples/build.sh (clang --target=wasm32-wasi). Run: see README.md.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_WORDS 4096
#define MAX_WORD 64

struct entry {
    char word[MAX_WORD];
    int count;
};

static struct entry table[MAX_WORDS];
static int used;

static void count_word(const char *w) {
    for (int i = 0; i < used; i++) {
        if (strcmp(table[i].word, w) == 0) {
            table[i].count++;
            return;
        }
    }
    if (used < MAX_WORDS) {
        strncpy(table[used].word, w, MAX_WORD - 1);
        table[used++].count = 1;
    }
}

static int count_file(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return 1;
    }
    long lines = 0, words = 0, bytes = 0;
    char word[MAX_WORD];
    int len = 0, c;
    while ((c = fgetc(f)) != EOF) {
        bytes++;
        if (c == '\n') {
            lines++;
        }
        if (isalpha(c)) {
            if (len < MAX_WORD - 1) {
                word[len++] = (char) tolower(c);
            }
        } else if (len > 0) {
            word[len] = 0;
            words++;
            count_word(word);
            len = 0;
        }
    }
    if (len > 0) {
        word[len] = 0;
        words++;
        count_word(word);
    }
    fclose(f);
    printf("%7ld %7ld %7ld %s\n", lines, words, bytes, path);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE...\n", argv[0]);
        return 2;
    }
    int failed = 0;
    for (int i = 1; i < argc; i++) {
        failed |= count_file(argv[i]);
    }
    int best = -1;
    for (int i = 0; i < used; i++) {
        if (best < 0 || table[i].count > table[best].count) {
            best = i;
        }
    }
    if (best >= 0) {
        printf("most frequent word: \"%s\" (%d times)\n", table[best].word, table[best].count);
    }
    const char *greeting = getenv("GREETING");
    printf("%s from WebAssembly\n", greeting ? greeting : "hello");
    return failed;
}

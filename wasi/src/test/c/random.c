// Random bytes: argv[1] "hex" prints 32 bytes of __wasi_random_get as hex (to compare seeded runs);
// otherwise checks that getentropy and random_get give varied, non-repeating data.
#include <stdlib.h>
#include <unistd.h>
#include <wasi/api.h>

#include "check.h"

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "hex") == 0) {
        uint8_t buf[32];
        if (__wasi_random_get(buf, sizeof buf) != 0) {
            return 2;
        }
        for (size_t i = 0; i < sizeof buf; i++) {
            printf("%02x", buf[i]);
        }
        printf("\n");
        return 0;
    }
    uint8_t a[256], b[256];
    memset(a, 0, sizeof a);
    memset(b, 0, sizeof b);
    CHECK(getentropy(a, sizeof a) == 0);
    CHECK(getentropy(b, sizeof b) == 0);
    CHECK(memcmp(a, b, sizeof a) != 0);
    int distinct = 0;
    int seen[256] = {0};
    for (size_t i = 0; i < sizeof a; i++) {
        if (!seen[a[i]]++) {
            distinct++;
        }
    }
    CHECK(distinct > 100);
    // A large request crosses the host's chunking.
    size_t big = 200000;
    uint8_t *p = calloc(big, 1);
    CHECK_ERRNO(__wasi_random_get(p, big), 0);
    size_t zeros = 0;
    for (size_t i = 0; i < big; i++) {
        zeros += p[i] == 0;
    }
    CHECK(zeros < big / 100);
    free(p);
    CHECK_ERRNO(__wasi_random_get((uint8_t *) 0, 0), 0);
    CHECK(arc4random() != arc4random() || arc4random() != arc4random());
    FINISH();
}

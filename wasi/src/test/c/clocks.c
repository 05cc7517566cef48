// Clocks through libc and raw WASI: realtime near the host's time (argv[1], seconds since the epoch),
// monotonic never going back, sleeping at least as long as asked, CPU clocks and resolutions.
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <wasi/api.h>

#include "check.h"

static long long ns(struct timespec t) {
    return (long long) t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(int argc, char **argv) {
    long long host_now = argc > 1 ? atoll(argv[1]) : 0;
    struct timespec t;

    CHECK(clock_gettime(CLOCK_REALTIME, &t) == 0);
    CHECK(t.tv_sec >= host_now - 60 && t.tv_sec <= host_now + 60);
    printf("realtime_ok\n");
    CHECK(time(NULL) >= host_now - 60);

    struct timespec a, b;
    CHECK(clock_gettime(CLOCK_MONOTONIC, &a) == 0);
    for (int i = 0; i < 1000; i++) {
        CHECK(clock_gettime(CLOCK_MONOTONIC, &b) == 0);
        CHECK(ns(b) >= ns(a));
        a = b;
    }
    printf("monotonic_ok\n");

    // nanosleep and usleep go through poll_oneoff with a relative clock subscription.
    struct timespec before, after, req = {0, 50 * 1000 * 1000};
    clock_gettime(CLOCK_MONOTONIC, &before);
    CHECK(nanosleep(&req, NULL) == 0);
    clock_gettime(CLOCK_MONOTONIC, &after);
    CHECK(ns(after) - ns(before) >= 50LL * 1000 * 1000);
    CHECK(ns(after) - ns(before) < 5LL * 1000 * 1000 * 1000);
    clock_gettime(CLOCK_MONOTONIC, &before);
    CHECK(usleep(20 * 1000) == 0);
    clock_gettime(CLOCK_MONOTONIC, &after);
    CHECK(ns(after) - ns(before) >= 20LL * 1000 * 1000);
    printf("sleep_ok\n");

    // CPU time advances with work.
    struct timespec c0, c1;
    CHECK(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0) == 0);
    volatile unsigned long x = 0;
    for (unsigned long i = 0; i < 20000000UL; i++) {
        x += i;
    }
    CHECK(x != 1);
    CHECK(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1) == 0);
    CHECK(ns(c1) > ns(c0));
    CHECK(clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1) == 0);
    CHECK(ns(c1) > 0);
    printf("cputime_ok\n");

    for (int id = 0; id < 4; id++) {
        __wasi_timestamp_t res = 0;
        CHECK_ERRNO(__wasi_clock_res_get((__wasi_clockid_t) id, &res), 0);
        CHECK(res > 0);
        CHECK(clock_getres((clockid_t) (id == 0 ? CLOCK_REALTIME : id == 1 ? CLOCK_MONOTONIC
                : id == 2 ? CLOCK_PROCESS_CPUTIME_ID : CLOCK_THREAD_CPUTIME_ID), &t) == 0);
    }
    __wasi_timestamp_t ts;
    CHECK_ERRNO(__wasi_clock_time_get(4, 0, &ts), __WASI_ERRNO_INVAL);
    CHECK_ERRNO(__wasi_clock_res_get(99, &ts), __WASI_ERRNO_INVAL);
    printf("resolution_ok\n");
    FINISH();
}

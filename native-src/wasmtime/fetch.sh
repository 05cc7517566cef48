#!/usr/bin/env bash
# Puts wasmtime's C API library, the one backend-native's `wasmtime` backend loads, in the cache directory
# the backend searches: ~/.cache/wasm4j/native/wasmtime-$VERSION/_libwasmtime.so.
#
# The library comes prebuilt inside the `wasmtime` wheel on PyPI (pip downloads it; nothing is built).
# The wheel's and the library's sha256 are pinned below; a mismatch stops the script. Running it again
# when the library is already in place only checks it.
#
#   native-src/wasmtime/fetch.sh             the library (all the build and the tests need)
#   native-src/wasmtime/fetch.sh --headers   also the matching C headers (include/), from the crates.io
#                                            crate wasmtime-c-api-impl of the same version, fetched with
#                                            cargo; only for checking or regenerating the hand-written
#                                            bindings in backend-native (see wasmtime_h.java)
#
# To move to another version: change VERSION, run with PIN_ONLY=1 to print the new sums, pin them, then
# check the bindings against the new headers.
set -euo pipefail

VERSION=50.0.1
WHEEL=wasmtime-$VERSION-py3-none-manylinux1_x86_64.whl
WHEEL_SHA256=cc14c3a17654e0394e0225b11813532ef0cd7bd1e222a0c5494cdedaabeddac4
LIB_SHA256=3127ca42fe7cdd3f0a43a358e79177dcfedd46c1746329826403b9d854de6178
CRATE=wasmtime-c-api-impl
CRATE_SHA256=3c24d3970786b4baecb5b6aff31759b4f361879e8d99dbd5dc36a9524a0db6e6
LIB_IN_WHEEL=wasmtime/linux-x86_64/_libwasmtime.so

dest="$HOME/.cache/wasm4j/native/wasmtime-$VERSION"
lib="$dest/_libwasmtime.so"

say() { echo "fetch.sh: $*" >&2; }
die() { say "$*"; exit 1; }
sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

want_headers=false
for arg in "$@"; do
    case "$arg" in
        --headers) want_headers=true ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
        *) die "unknown argument '$arg' (try --help)" ;;
    esac
done

[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || die "only linux x86_64 is pinned here (this is $(uname -s)-$(uname -m))"
command -v python3 >/dev/null || die "python3 is needed (pip downloads the wheel, zipfile unpacks it)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fetch_library() {
    if [ -f "$lib" ] && [ "$(sha256_of "$lib")" = "$LIB_SHA256" ]; then
        say "wasmtime $VERSION is already in place"
        return
    fi
    say "downloading the wasmtime $VERSION wheel from PyPI..."
    # The wheel holds no Python code we use; --platform/--python-version make pip pick the linux x86_64
    # wheel whatever the local Python is.
    python3 -m pip download --quiet --no-deps --only-binary=:all: --platform manylinux2014_x86_64 \
        --python-version 3.12 --implementation py --dest "$tmp" "wasmtime==$VERSION" >&2 \
        || die "pip could not download wasmtime==$VERSION"
    local wheel="$tmp/$WHEEL"
    [ -f "$wheel" ] || die "pip did not produce $WHEEL (got: $(ls "$tmp"))"
    local got
    got=$(sha256_of "$wheel")
    [ -n "${PIN_ONLY:-}" ] && say "wheel sha256 $got"
    [ -n "${PIN_ONLY:-}" ] || [ "$got" = "$WHEEL_SHA256" ] \
        || die "sha256 of $WHEEL is $got, expected $WHEEL_SHA256: not using it"
    python3 - "$wheel" "$LIB_IN_WHEEL" "$tmp/_libwasmtime.so" <<'EOF'
import shutil, sys, zipfile
wheel, member, out = sys.argv[1:]
with zipfile.ZipFile(wheel) as z, z.open(member) as src, open(out, "wb") as dst:
    shutil.copyfileobj(src, dst)
EOF
    got=$(sha256_of "$tmp/_libwasmtime.so")
    if [ -n "${PIN_ONLY:-}" ]; then
        say "library sha256 $got"
        return
    fi
    [ "$got" = "$LIB_SHA256" ] || die "sha256 of $LIB_IN_WHEEL is $got, expected $LIB_SHA256: not using it"
    mkdir -p "$dest"
    # Rename into place so a concurrent reader never sees half a library.
    cp "$tmp/_libwasmtime.so" "$lib.partial.$$"
    mv -f "$lib.partial.$$" "$lib"
    echo "$VERSION" >"$dest/VERSION"
}

fetch_headers() {
    if [ -f "$dest/include/wasmtime.h" ] && grep -q "WASMTIME_VERSION \"$VERSION\"" "$dest/include/wasmtime.h"; then
        say "headers of $VERSION are already in $dest/include"
        return
    fi
    command -v cargo >/dev/null || die "cargo is needed for --headers (the headers come from the $CRATE crate)"
    local cargo_home=${CARGO_HOME:-$HOME/.cargo}
    find_crate() { find "$cargo_home/registry/cache" -name "$CRATE-$VERSION.crate" 2>/dev/null | head -n 1 || true; }
    local crate
    crate=$(find_crate)
    if [ -z "$crate" ]; then
        say "downloading the $CRATE $VERSION crate with cargo..."
        # `cargo info` downloads just this crate (a throwaway project's `cargo fetch` would download
        # every dependency of wasmtime too).
        (cd "$tmp" && cargo info --quiet "$CRATE@$VERSION" >/dev/null) || die "cargo could not find $CRATE@$VERSION"
        crate=$(find_crate)
    fi
    [ -n "$crate" ] || die "cargo did not leave $CRATE-$VERSION.crate under $cargo_home/registry/cache"
    local got
    got=$(sha256_of "$crate")
    [ -n "${PIN_ONLY:-}" ] && say "crate sha256 $got"
    [ -n "${PIN_ONLY:-}" ] || [ "$got" = "$CRATE_SHA256" ] || die "sha256 of $crate is $got, expected $CRATE_SHA256"
    tar -xzf "$crate" -C "$tmp" "$CRATE-$VERSION/include"
    mkdir -p "$dest"
    rm -rf "$dest/include"
    mv "$tmp/$CRATE-$VERSION/include" "$dest/include"
    # CMake generates conf.h from conf.h.in. Defining every feature gives a superset of the wheel's build
    # (whose exported symbols show GC, threads, WASI, ...), enough to read the headers against; the
    # bindings rely on WASMTIME_FEATURE_GC in particular (it sizes wasmtime_val_t).
    sed -e 's/#cmakedefine \(WASMTIME_FEATURE_[A-Z_]*\)/#define \1/' "$dest/include/wasmtime/conf.h.in" \
        >"$dest/include/wasmtime/conf.h"
}

start=$(date +%s.%N)
fetch_library
if $want_headers; then
    fetch_headers
fi
[ -n "${PIN_ONLY:-}" ] && exit 0
elapsed=$(python3 -c "import sys; print('%.1f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$start" "$(date +%s.%N)")
say "done in ${elapsed}s"
echo "$lib"
$want_headers && echo "$dest/include"
exit 0

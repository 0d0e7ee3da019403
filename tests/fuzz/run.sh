#!/bin/sh
# tests/fuzz/run.sh: builds the .mpy loader fuzzer with clang (libFuzzer + ASan + UBSan) and runs
# it for a number of seconds (default 20) over a corpus seeded with the hand-made .mpy files of
# tests/import/. Exit status 0 when no crash was found.
#
#   tests/fuzz/run.sh [seconds]        (make fuzz: the 20-second smoke run)
set -e
TOP=$(cd "$(dirname "$0")/../.." && pwd)
SECS=${1:-20}
BUILD=build-fuzz
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
cd "$TOP/ports/unix"
make -s BUILD=$BUILD CC=clang \
    CWARN="-Wall -Wno-unused-parameter -Wno-missing-field-initializers" \
    COPT="-O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link $SAN -D'CMPLX(x,y)=__builtin_complex((double)(x),(double)(y))'" \
    LDFLAGS="-fsanitize=fuzzer-no-link $SAN" >/dev/null
OBJS=$(find $BUILD -name '*.o' ! -path "$BUILD/port/main.o")
clang -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer $SAN -std=gnu11 -I"$TOP" -I. -I$BUILD \
    -o $BUILD/fuzz_mpy "$TOP/tests/fuzz/fuzz_mpy.c" $OBJS $(make -s --no-print-directory print-link LDFLAGS=) -pthread
CORPUS=$TOP/$BUILD-corpus
mkdir -p "$CORPUS"
cp "$TOP"/tests/import/*.mpy "$CORPUS"/ 2>/dev/null || true
# seeds from our mpy-cross (real compiler output: exception blocks, closures, comprehensions,
# async with / async for shapes)
if [ -x "$TOP/tools/mpy-cross/build/mpy-cross" ]; then
    for f in "$TOP"/tests/basics/try_*.py "$TOP"/tests/basics/with_*.py "$TOP"/tests/basics/gen_*.py \
             "$TOP"/tests/basics/closure*.py "$TOP"/tests/basics/class_*.py \
             "$TOP"/tests/basics/async_*.py "$TOP"/tests/basics/exc_finally*.py; do
        [ -f "$f" ] && "$TOP/tools/mpy-cross/build/mpy-cross" -o "$CORPUS/seed_$(basename "$f" .py).mpy" "$f" 2>/dev/null || true
    done
fi
cd "$TOP"
exec ports/unix/$BUILD/fuzz_mpy -max_total_time="$SECS" -max_len=16384 -timeout=10 -rss_limit_mb=2048 "$CORPUS"

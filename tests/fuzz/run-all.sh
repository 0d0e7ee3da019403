#!/bin/sh
# tests/fuzz/run-all.sh: builds every libFuzzer harness of tests/fuzz (fuzz_*.c except
# fuzz_mpy.c, which tests/fuzz/run.sh drives) with clang -fsanitize=fuzzer,address,undefined
# against the unix port's objects (ports/unix/build-fuzzall, with the VM instruction budget of
# fuzz_budget.h force-included) or, for fuzz_board, the sim port's objects
# (ports/sim/build-fuzzall), seeds a corpus per harness from tests/ and runs each for SECONDS.
# Prints the executions per harness; exits non-zero when any harness crashed, hung or leaked a
# sanitizer report (the reproducer is left in build-fuzzall-corpus/crash-<harness>-*).
#
#   tests/fuzz/run-all.sh [seconds] [harness...]     (make fuzz-all SECONDS=N)
set -e
TOP=$(cd "$(dirname "$0")/../.." && pwd)
SECS=${1:-20}
[ $# -gt 0 ] && shift
HARNESSES=${*:-"compile exec json re struct format board scenario"}
BUILD=build-fuzzall
# pointer-overflow is off: its "zero offset applied to a null pointer" check fires on the idiom
# (args == NULL, n_args == 0) -> args + n_args used throughout the call paths, harmless here
SAN="-fsanitize=address,undefined -fno-sanitize=pointer-overflow -fno-sanitize-recover=undefined"
CWARN="-Wall -Wno-unused-parameter -Wno-missing-field-initializers"
COPT="-O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link $SAN -D'CMPLX(x,y)=__builtin_complex((double)(x),(double)(y))'"
# the unix port's own link libraries (one list: ports/unix/Makefile, lib/syslibs.mk)
LIBS="$(make -s --no-print-directory -C "$TOP/ports/unix" print-link LDFLAGS=) -pthread"
OUT=$TOP/$BUILD-corpus
mkdir -p "$OUT"

need_unix=0; need_sim=0
for h in $HARNESSES; do
    case $h in board|scenario) need_sim=1 ;; *) need_unix=1 ;; esac
done
if [ $need_unix = 1 ]; then
    echo "building ports/unix/$BUILD ..."
    # (the port's own program is linked too but never run: the budget lives in the harnesses)
    make -s -C "$TOP/ports/unix" -j2 BUILD=$BUILD CC=clang CWARN="$CWARN" \
        COPT="$COPT -include $TOP/tests/fuzz/fuzz_budget.h" \
        LDFLAGS="-fsanitize=fuzzer-no-link $SAN -Wl,--unresolved-symbols=ignore-all" >/dev/null
fi
if [ $need_sim = 1 ]; then
    echo "building ports/sim/$BUILD ..."
    make -s -C "$TOP/ports/sim" -j2 BUILD=$BUILD CC=clang CWARN="$CWARN" \
        COPT="$COPT" LDFLAGS="-fsanitize=fuzzer-no-link $SAN" >/dev/null
fi

# corpus seeds: Python sources for the front end and the interpreter, module-specific snippets
seed() {  # seed <harness> <files...>
    d=$OUT/$1; shift
    mkdir -p "$d"
    for f in "$@"; do
        [ -f "$f" ] && cp "$f" "$d/$(echo "$f" | tr / _)" 2>/dev/null || true
    done
}
T=$TOP/tests
seed compile $T/basics/*.py $T/syntax/*.py $T/float/*.py $T/misc/*.py $T/unicode/*.py \
    $T/micropython/*.py $T/import/*.py $T/format/*.py $T/stress/*.py $T/extmod/*.py
seed exec $T/basics/*.py $T/float/*.py $T/unicode/*.py $T/misc/*.py $T/format/*.py \
    $T/micropython/*.py $T/stress/*.py $(grep -L "import os\|import socket\|import select" $T/extmod/*.py)
seed json $(grep -l json $T/extmod/*.py $T/modules/*.py 2>/dev/null)
seed re $(grep -l "import re" $T/extmod/*.py $T/modules/*.py 2>/dev/null)
seed struct $(grep -l "import struct" $T/basics/*.py $T/extmod/*.py $T/modules/*.py 2>/dev/null)
seed format $T/format/*.py $(grep -l "format\|%" $T/basics/string*.py 2>/dev/null)
seed board $TOP/ports/sim/boards/*.json $(find $T/sim -name '*.json' 2>/dev/null)
seed scenario $(find $T/sim/scenarios -name '*.yaml' 2>/dev/null)
# hand-made seeds in each harness's input layout
printf '{"a": [1, 2.5e3, -0, "x\\u00e9\\ud83d\\ude00", true, null, {"b": {}}]}' > "$OUT/json/seed_hand1"
printf '\000(a|b)*c\\d+\000xaabbc12' > "$OUT/re/seed_hand1"
printf '\001(?P<n>[a-z]+)\\s(?=x)\000abc x' > "$OUT/re/seed_hand2"
printf '<2h3sq?xe\000\001\002\003\004\005\006\007\010abcdefgh' > "$OUT/struct/seed_hand1"
printf '!10s@P4bH\000zzzzzzzzzzzzzzzzzzzzzzzzz' > "$OUT/struct/seed_hand2"
printf '%%-10.3f|%%+#x|%%5s|%%r {0:>{1}} {a!r:^20} {2:_} {:,.2e}' > "$OUT/format/seed_hand1"
printf 'x = [i * 2 for i in range(10) if i %% 3]\nclass A:\n    def f(self, *a, **k):\n        yield from a\ntry:\n    print(list(A().f(1, 2)))\nfinally:\n    pass\n' > "$OUT/exec/seed_hand1"

status=0
SUMMARY=""
for h in $HARNESSES; do
    case $h in
        # board, scenario: fuzz_sim.h stands in for the three symbols of the sim's main.o
        board|scenario) PB=$TOP/ports/sim/$BUILD; OBJS=$(find "$PB" -name '*.o' ! -path "$PB/port/main.o"); INC="-I$TOP/ports/sim -I$TOP/ports/unix -I$PB" ;;
        *) PB=$TOP/ports/unix/$BUILD; OBJS=$(find "$PB" -name '*.o' ! -path "$PB/port/main.o"); INC="-I$TOP/ports/unix -I$PB" ;;
    esac
    BIN=$PB/fuzz_$h
    echo "building $BIN ..."
    # shellcheck disable=SC2086
    clang -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer $SAN -std=gnu11 -I"$TOP" $INC \
        -o "$BIN" "$TOP/tests/fuzz/fuzz_$h.c" $OBJS $LIBS
    MAXLEN=16384
    DICT=""
    case $h in
        board|scenario) MAXLEN=8192 ;;
        compile|exec) DICT="-dict=$TOP/tests/fuzz/python.dict" ;;
    esac
    LOG=$OUT/log-$h.txt
    echo "running fuzz_$h for ${SECS}s ..."
    set +e
    "$BIN" -max_total_time="$SECS" -max_len=$MAXLEN -timeout=20 -rss_limit_mb=2048 \
        -artifact_prefix="$OUT/crash-$h-" -print_final_stats=1 $DICT "$OUT/$h" >"$LOG" 2>&1
    rc=$?
    set -e
    EXECS=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$LOG" | grep -o '[0-9]*$' || true)
    if [ $rc -ne 0 ] || [ -z "$EXECS" ]; then
        status=1
        echo "fuzz_$h: FAILED (exit $rc), see $LOG:"
        grep -m5 -E 'ERROR|SUMMARY|runtime error|Traceback|Test unit written' "$LOG" || tail -20 "$LOG"
        SUMMARY="$SUMMARY\nfuzz_$h: ${EXECS:-?} executions in ${SECS}s: CRASH"
    else
        SUMMARY="$SUMMARY\nfuzz_$h: ${EXECS:-?} executions in ${SECS}s: ok"
    fi
done
printf "$SUMMARY\n"
exit $status

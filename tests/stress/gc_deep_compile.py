# cmdline: -X heapsize=16M
# Collections during a 200 000-deep compile under a small heap: the C stack then holds about a
# million words, many of them pointers into the middle of the few large blocks the compiler
# works in (the source text, its node stacks). Resolving each interior pointer by walking the
# allocation table back one block at a time made one collection take seconds (py/gc.c now
# skips four tails at a time and remembers the runs it resolved), and a stack with more roots
# than the mark stack holds overflowed into whole-heap rescans (now drained as it is scanned).
# The sources are refused (RuntimeError: too deep, or MemoryError) or compile; each must finish
# quickly: before the fix one collection took 4 s here, and on the GC-stress build (make
# GCSTRESS=1) one source took minutes.
import gc

M = 200000
SOURCES = [('not', 'not ', '1'), ('neg', '-', '1'), ('add', '+1', '1'), ('attr', '.a', 'a'),
           ('sub', '[0]', 'a'), ('ifexp', '1 if 1 else ', '1'), ('lambda', 'lambda: ', '1'),
           ('power', '**2', '2')]
for name, rep, end in SOURCES:
    src = rep * M + end if rep[0].isalpha() or rep == '-' else end + rep * M
    for mode in ['eval', 'exec']:
        try:
            compile(src, '<deep>', mode)
            print(name, mode, 'compiled')
        except (RuntimeError, SyntaxError, MemoryError):
            # which of the three depends on the heap's state: any is a correct refusal
            print(name, mode, 'refused')
        gc.collect()
    src = None
print('end')

# '%.*f' takes its precision from the arguments as a C int: past 32 bits it is CPython's
# OverflowError (was ValueError, or a silently accepted negative; difftest seed 20524 found the
# '*' forms). Widths past format's 10^8 cap are a ValueError here (docs/divergences.md).
for args in [(-2**63,), (-2**63, 5), (2**63, 5), (2**31, 5), (-2**31 - 1, 5),
             (-5, 1.5), (3, 1.5), (0, 2.5), ('x', 1.5), (10**30, 5), (3,)]:
    for f in ['%.*f', '%.*e', '%.*s', '%5.*g']:
        try:
            r = f % args
            print(f, args, len(r) if len(r) > 20 else r)
        except (OverflowError, TypeError, ValueError, MemoryError) as e:
            print(f, args, type(e).__name__)
for args in [(5, 3), (-5, 3), (0, 3), ('5', 3), (3,)]:
    try:
        print(repr('%*d|%-*s' % (args + args)[:4]) if len(args) > 1 else repr('%*d' % args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__)
# a '*' width past the cap with no value left: "not enough arguments" first (difftest seeds
# 40392, 41166)
for args in [(2**31,), (-2**63,), (10**8 + 1,), (5,), (1, 10**8 + 1)]:
    for f in ['%*d', '%-*s', '%*.*f']:
        try:
            print(repr(f % args))
        except (TypeError, ValueError, OverflowError) as e:
            print(f, args, type(e).__name__)

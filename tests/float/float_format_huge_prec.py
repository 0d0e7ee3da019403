# %e/%f/%g and format() with precisions past a double's exact expansion (767 significant digits,
# 1074 after the point): py/formatfloat.c asks snprintf for 1100 digits and adds the zeros after
# them itself (glibc took seconds for a precision of 10^8: found by tests/fuzz/fuzz_format.c).
# The zeros go before the exponent of %e, at the end of %f, never after inf/nan ('%' of a huge
# float is inf%), and %g strips them.
vals = [1.5, -1.5, 1e300, -1e-300, 5e-324, 1.7976931348623157e308, 0.1, 2 / 3, 123456.789, 0.0,
        -0.0, 1e22, 2**-1074 * 3, float('inf'), float('nan')]


def show(s):
    print(len(s), s.count('0'), s[:24], s[-24:])


for p in [1099, 1100, 1101, 1500]:
    for v in vals:
        for conv in 'eEfF%gG':
            for alt in ['', '#']:
                if conv != '%':
                    show(('%' + alt + '.' + str(p) + conv) % v)
                show(('{:' + alt + '.' + str(p) + conv + '}').format(v))
        show(('{:.' + str(p) + '}').format(v))
for spec in ['%.9999999e', '%.9999999f', '%.9999999g', '%#.9999999g', '%+.9999999E']:
    for v in [1.5, 1e300, -4, 2**70]:
        show(spec % v)
show('{:>10000010.9999999e}'.format(2.5))

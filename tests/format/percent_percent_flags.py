# '%' conversions: '%%' is a percent sign; with a key, flags, width or precision it is refused
# (ValueError), after taking an argument (TypeError when there is none)
for f, a in [('%5%', (1,)), ('%5%', ()), ('%-5%|', ()), ('%%', ()), ('a%%b%%', ()), ('%5%', {}),
             ('%(a)%', {'a': 1}), ('%s %5%', (1, 2)), ('%s%%', (1,)), ('%.2%', (1,)), (b'%5%', (1,)),
             (b'%%', ())]:
    try:
        print(repr(f % a))
    except (TypeError, ValueError) as e:
        print(f, type(e).__name__, e)

# %-formatting with huge or extreme widths/precisions: an error, never an overflow
for fmt, args in [('%*d', (2**63 - 1, 1)), ('%.*f', (2**63 - 1, 1.0)),
                  ('%99999999999999999999d', (1,)), ('%.99999999999999999999f', (1.0,)), ('%*s', (-2**62, 'a'))]:
    try:
        print(len(fmt % args))
    except (ValueError, OverflowError, MemoryError):
        print('error')
print('%*d|%-*d|%.*f' % (5, 1, -4, 2, 2, 1.5))

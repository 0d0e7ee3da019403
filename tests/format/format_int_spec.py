# format-spec mini-language for ints
for spec in ['', 'd', '5', '<5', '^5', '>5', '=5', '+', ' ', '-', '+5', '05', '+05', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b',
             '08b', '#010x', ',', '_', '_x', '_b', '12,', '012,', '0=10', '*^9', 'n', 'e', '.2f', '%', '.1%', 'g', 'E']:
    print(repr(spec), repr(format(1234, spec)), repr(format(-42, spec)), repr(format(0, spec)))
print(format(2**70, ','), format(-2**70, '#x'), format(2**64, '_b'), format(2**100, '>40'))
print(format(True, ''), format(True, 'd'), format(False, '>5'), format(True, '^6'))
print(format(65, 'c'), format(0x20ac, 'c'), format(65, '>3c'))
for bad in ['.2', 'q', ',x', ',_', 's']:
    try:
        format(5, bad)
    except ValueError as e:
        print('ValueError', e)

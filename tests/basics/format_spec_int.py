# format specs for integers
n = 1234567
for spec in ['', 'd', '10d', '<10d', '^10d', '>10d', '010d', '+d', ' d', '-d', ',', '_', '15,d', '015,d', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', '#010b', '_b', '_x', 'c', 'n', 'e', '.2f', '%', 'g']:
    if spec == 'c':
        print(repr(format(65, spec)))
    else:
        print(spec, repr(format(n, spec)), repr(format(-n, spec)))
print(format(0, 'b'), format(0, '#x'), format(-0, '+d'))
print(format(2 ** 70, ','), format(-(2 ** 70), 'x'), format(2 ** 70, '_o'))
print('{:=+8}|{:=8}|{:*=8}'.format(42, -42, -42))
print(format(True, 'd'), format(5, ''), format(255, '08b'))

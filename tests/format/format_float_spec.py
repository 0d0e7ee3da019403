# format-spec mini-language for floats
vals = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e20, 1.5e-7, 123456789.0, 0.1, 100.0]
for spec in ['', 'f', '.2f', '10.3f', '<10.1f', '^10.1f', '=+10.1f', '+.1e', 'e', 'E', '.3g', 'g', 'G', '.10g',
             '%', '.1%', ',', ',.2f', '_.1f', '012.2f', '015,.1f', '.3', '.1', '#.0f', '#g', 'n', ' .2f', 'z.1f']:
    print(repr(spec), [format(v, spec) for v in vals])
for v in [float('inf'), float('-inf'), float('nan')]:
    print(format(v, ''), format(v, 'f'), format(v, 'F'), format(v, '>6'), format(v, '+'), format(v, '.2%'))
print(format(1.0, '010'), format(-1.0, '010.3e'), format(2.5, '*>8'), format(12345.678, '12,.2f'))
for bad in ['d', 'x', 'c']:
    try:
        format(1.5, bad)
    except ValueError as e:
        print('ValueError', e)

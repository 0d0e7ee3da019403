# str % and format() over every flag, type and corner value (huge, tiny, -0.0, inf, nan, bool,
# None, complex), str.format field forms and f-string specs, with CPython's error messages
def t(s):
    try:
        r = eval(s)
        print(s, '->', repr(r))
    except Exception as e:
        print(s, "!!", type(e).__name__, e)
for s in [
 "'%d' % 3", "'%5d' % -3", "'%-5d|' % 3", "'%05d' % -3", "'%+d' % 3", "'% d' % 3", "'%+05d' % 3",
 "'%x' % 255", "'%#x' % 255", "'%#X' % 255", "'%#o' % 8", "'%o' % -8", "'%#08x' % 255", "'%-#8x|' % 255",
 "'%e' % 1.5", "'%E' % 1.5", "'%.0e' % 1.5", "'%#.0e' % 1.5", "'%g' % 1e-5", "'%G' % 1e20", "'%#g' % 1.0",
 "'%.3s' % 'abcdef'", "'%5s|%-5s|' % ('a','b')", "'%c' % 65", "'%c' % 'x'", "'%r' % 'a'", "'%a' % 'é'",
 "'%i' % 3.9", "'%d' % 3.9", "'%x' % 3.0", "'%s %s' % (1,)", "'%s' % (1,2)", "'%(a)s %(b)d' % {'a':1,'b':2}",
 "'%%' % ()", "'%*d' % (5, 3)", "'%-*d|' % (5, 3)", "'%.*f' % (2, 3.14159)", "'%5.1f' % -0.0", "'%f' % float('inf')",
 "'%F' % float('nan')", "'%e' % float('-inf')", "'%10.3e' % 12345.678", "'%u' % 5", "'%d' % True", "'%s' % None",
 "'%z' % 1", "'%d' % 'a'", "'%c' % 1114112", "'%c' % 'ab'", "'%d %d' % (1,2,3)", "b'%s' % b'ab'", "b'%d' % 5", "b'%c' % 65", "b'%c' % b'x'", "b'%r' % 'a'", "b'%a' % 'é'", "b'%x' % 255", "b'%s' % 'a'",
 "format(1234567, ',')", "format(1234567, '_')", "format(1234567.891, ',.2f')", "format(255, '_x')", "format(255, '_b')", "format(12345678, '_o')", "format(-1234, '08,')", "format(1234, '=+10,')", 
 "format(1e300*10, 'e')", "format(-0.0, 'e')", "format(float('nan'), '+e')", "format(1e-320, 'e')", "format(1e-320, 'g')", "format(5e-324, '.20e')", "format(1.7976931348623157e308, 'f')[:20]", "format(1.7976931348623157e308, ',.0f')",
 "format(-0.0, '')", "format(-0.0, 'g')", "format(-0.0, '.0f')", "format(0.5, '.0f')", "format(1.5, '.0f')", "format(2.5, '.0f')", "format(1.25, '.1f')", "format(1.0, '%')", "format(0.125, '.1%')",
 "format(1.0, '#')", "format(1.0, '#.0f')", "format(100.0, '#.3g')", "format(1e16, '')", "format(1e16, 'n')", "format(123, 'n')", "format(1.0, 'z')", "format(-0.0, 'z.1f')", "format(-0.0001, 'z.1f')",
 "format(3, 'c')", "format(3, '^5')", "format(3, 'x<5')", "format('ab', '^7')", "format('ab', '*>+7')", "format('ab', '=7')", "format(3, '=7')", "format(-3, '=7')", "format(3, '07')", "format('a', '05')", "format(1.5, '010.2f')", "format(-1.5, '010.2f')",
 "format(10**30, ',')", "format(10**30, 'e')", "format(10**30, '.3g')", "format(10**30, 'f')", "format(2**64, 'x')", "format(-2**64, '#b')", "format(True, 'd')", "format(True, '')", "format(True, '5')", "format(None, '')", "format(None, '5')",
 "format(1.5, 'd')", "format(15, 'f')", "format(15, '%')", "format(15, 'e')", "format(15, 'g')", "format(15, 's')", "format('a', 'd')", "format(1+2j, '')", "format(1+2j, '.2f')", "format(1+2j, '>20')", "format(1j, '')",
 "'{:_}'.format(1234567)", "'{:,}'.format(-1234567)", "'{:,d}'.format(1)", "'{:,x}'.format(1)", "'{:_,}'.format(1)", "'{:,_}'.format(1)", "'{:,s}'.format('a')",
 "'{0!r:>10}'.format('a')", "'{0!s}'.format(1)", "'{0!a}'.format('é')", "'{!x}'.format(1)", "'{0[0]}'.format([5])", "'{0.real}'.format(3)", "'{a[b]}'.format(a={'b':1})", "'{0[-1]}'.format([5])", "'{0[ 0]}'.format({' 0':2})",
 "'{}{}'.format(1)", "'{0}{}'.format(1,2)", "'{'.format()", "'}'.format()", "'{{}}'.format()", "'{:{}}'.format(3, 5)", "'{:{}{}}'.format(3, '>', 5)", "'{0:{1}}'.format(3,'05')",
 "'%.2f' % 2.675", "'%.15g' % 0.1", "'%.17g' % 0.1", "'%.100f' % 1.0", "'%.60e' % 1.0", "'%5%' % ()", "'%s' % [1]", "'%s' % {'a':1}", "'%(a)s' % {'a':1, 'b':2}", "'%s' % {}",
 "format(12.5, '.0e')", "format(0.0, 'e')", "format(1e100, 'g')", "format(1e-100, '.3')", "format(123.456, '.2')", "format(1e15, '.16g')", "format(1234.5, '.10n')", "repr(1e16)", "repr(1e-5)", "repr(0.0001)", "str(1e22)", "str(123456789012345678.0)",
 "f'{3.0:.0%}'", "f'{1234:,}'", "f'{-5:+}'", "f'{\"a\"!r:5}'", "f'{1=}'", "f'{1+1 = }'", "f'{3:{2}}'", "f'{3!r:>{4}}'", "f'{{x}}'",
 "format(int, '')", "format([], '')", "format([], 'x')", "format(object(), 'x')",
 "'{:x}'.format(-255)", "'{:#o}'.format(-8)", "'{:+#x}'.format(255)", "'{: }'.format(5)", "'{:-}'.format(5)", "'{:=^10}'.format(5)", "'{:<010}'.format(5)", "'{:010}'.format(-5.5)",
 "'{:.3}'.format('abcdef')", "'{:.0}'.format('abc')", "'{:10.3}'.format('abcdef')", "'{:s}'.format(5)",
]:
    t(s)

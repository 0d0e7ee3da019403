# format-spec mini-language for str and other objects
for spec in ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '.2', '8.3', '->8.1', 'é^5']:
    print(repr(spec), repr(format('abc', spec)), repr(format('é€x', spec)))
print(format([1, 2], ''), format(None, ''), format((1,), ''), format(3+4j, ''), format(1j, ''))
print(format(1+2j, '.2f'), format(-1.5-2j, 'e'), format(1+2j, '>12'))
class F:
    def __format__(self, spec):
        return 'F(' + spec + ')'
print(format(F(), 'xyz'), format(F()), '{:abc}'.format(F()), f'{F():q}')
class S:
    def __str__(self):
        return 'str-of-S'
print(format(S()), '{}'.format(S()), f'{S()}')
for bad in [lambda: format('a', '+'), lambda: format('a', '=5'), lambda: format('a', 'd'), lambda: format([], 'x'), lambda: format('a', ',')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

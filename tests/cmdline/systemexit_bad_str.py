# SystemExit whose code's __str__ raises: an empty line on stderr, as CPython (exit status 1)
class C:
    def __str__(self):
        raise ValueError('x')


print('before')
raise SystemExit(C())

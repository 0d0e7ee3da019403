class E(Exception):
    pass
class F(ValueError):
    pass
for e in [E(), E('a'), E('a', 2), F(), F(1), F([1, 2]), E(None)]:
    print(repr(e), str(e), e.args)
print([E('x'), F('y')])
class G(E):
    def __init__(self, code):
        super().__init__('code', code)
print(repr(G(3)), str(G(3)))
class H(Exception):
    def __repr__(self):
        return 'H-repr'
print(repr(H('m')), str(H('m')), [H('m')])
class K(KeyError):
    pass
print(str(K('key')), repr(K('key')))

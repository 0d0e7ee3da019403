# builtins: eval/exec/compile, vars/type/getattr family, iteration helpers, reductions, hash
# invariants, constructors without arguments, the type hierarchy
def t(s):
    try:
        r = eval(s)
        print(s, '->', repr(r))
    except Exception as e:
        print(s, "!!", type(e).__name__, e)
class R:
    def __reversed__(self): return iter([3, 2, 1])
class V:
    def __init__(self): self.a = 1
for s in [
 "eval('1 + 1')", "eval('x', {'x': 5})", "eval('x', {}, {'x': 6})", "eval('  2')", "eval('1\\n')", "eval(compile('1 + 2', 's', 'eval'))", "exec('y = 3') or 0", "compile('x', 's', 'bad')", "type(compile('pass', 's', 'exec')).__name__", "eval(b'3')", "eval('[i for i in range(3)]')", "exec(compile('print(7)', 'f', 'single'))", 
 "vars(V())", "vars(5)", "sorted(vars(type('X', (), {'a': 1})).keys())[:0]", "type('X', (object,), {'a': 1})().a", "type(5)", "type(1, 2)", "getattr(V(), 'a')", "setattr(V(), 'b', 2)", "delattr(V(), 'a')", "delattr(V(), 'zz')", "hasattr(V(), 'zz')", "getattr(V, '__name__')", "V.__qualname__", "V().__class__.__name__", "V.__module__", "V.__dict__['__init__'].__name__", "isinstance(V(), object)",
 "list(reversed(R()))", "list(iter(iter([1, 2])))", "list(zip(*[(1, 2), (3, 4)]))", "list(zip([1], [2, 3], strict=True))", "list(map(lambda a, b: a + b, [1, 2], [3]))", "list(enumerate([]))", "sum([1.5, 2.5])", "sum([], 0.0)", "sum(['a'], 'b')", "sum([[1]], [])", "min([], default=None)", "min(1, 2, 3, key=lambda x: -x)", "max('abc', key=ord)", "min([(1, 'b'), (1, 'a')])", "max([1, 2], [1, 3])", "sorted([3, 1, 2], key=lambda x: x % 2)", "any(x > 1 for x in [1, 2])", "all(iter([]))", "abs(-3.5)", "abs(True)", "divmod(-7, 2)", "hash(1) == hash(1.0) == hash(True)", "hash('a') == hash('a')", "hash(1.5) == hash(1.5)", "hash(-1)", "hash(2**61 - 1)", "hash(2**61)", "hash(0.5)", "hash(float('inf'))", "hash(-2)", "hash(10**20) == hash(10**20 % (2**61 - 1))", "id(None) == id(None)", "callable(V)", "callable(V())", "len(dir(V())) > 0", "'a' in dir(V())", "ascii('ä')", "repr('ä')", "format(5)", "format('a')", "chr(97) + chr(0x1F600)", "ord('\\U0001F600')", "bin(0)", "oct(-0)", "hex(-1)", "int('0', 2)", "bool(None)", "float()", "int()", "str()", "bytes()", "list()", "tuple()", "dict()", "set()", "frozenset()", "complex()", "object()" if False else "0", "slice(5)", "range(3)", "bytearray()", "memoryview(b'')" if False else "0", "iter([]).__next__" if False else "0", "next(iter('a'))", "print('x', end='') or print()", "print(*[], sep='x')", "isinstance(True, int)", "issubclass(bool, (str, int))", "issubclass(int, object)", "isinstance(int, type)", "isinstance(type, type)", "isinstance(object, type)", "type(type)", "type(object)", "object.__bases__", "int.__bases__", "bool.__bases__", "type.__bases__", "V.__bases__", "V.__mro__",
]:
    t(s)

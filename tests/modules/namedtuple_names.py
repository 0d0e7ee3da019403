# collections.namedtuple: keyword, identifier, underscore and duplicate field names refused, or
# renamed to _<index> with rename=True
from collections import namedtuple
def t(s):
    try:
        r = eval(s)
        print(s, '->', r._fields if hasattr(r, '_fields') else r)
    except Exception as e:
        print(s, "!!", type(e).__name__, e)
for s in ["namedtuple('R', 'def')", "namedtuple('R', 'a None')", "namedtuple('class', 'a')", "namedtuple('R', 'a def _b a 1x', rename=True)", "namedtuple('R', 'a a')", "namedtuple('R', ['x', 'y'], rename=True)", "namedtuple('R', 'a b', rename=True)(1, 2)", "namedtuple('R', '_a')", "namedtuple('R', 'a b c', defaults=(1,))(0, 5)"]:
    t(s)

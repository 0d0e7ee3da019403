# json.JSONEncoder / json.JSONDecoder and the cls argument of dumps/loads
import json

e = json.JSONEncoder()
print(e.encode({"a": [1, 2.5, None]}), "".join(e.iterencode([1, {"b": 2}])))
print(repr(e.item_separator), repr(e.key_separator), e.indent, e.sort_keys, e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan)
e = json.JSONEncoder(indent=2, sort_keys=True)
print(repr(e.item_separator), repr(e.key_separator), e.indent, e.sort_keys)
print(e.encode({"b": 1, "a": [True]}))
e = json.JSONEncoder(separators=(";", "="), default=lambda o: "obj")
print(repr(e.item_separator), repr(e.key_separator), e.encode({"a": object(), "b": 1}))
try:
    json.JSONEncoder().encode(object())
except TypeError as err:
    print(err)
try:
    json.JSONEncoder().default(1)
except TypeError as err:
    print(err)

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)

print(json.dumps({"s": {3, 1, 2}, "f": frozenset([5])}, cls=SetEncoder))
print(json.dumps({"s": {3, 1}}, cls=SetEncoder, indent=1, sort_keys=True))
print(json.dumps([{1, 2}, 3], cls=SetEncoder, separators=(",", ":")), SetEncoder().encode([1]))
try:
    json.dumps({"x": object()}, cls=SetEncoder)
except TypeError as err:
    print(err)

d = json.JSONDecoder()
print(d.decode(' {"a": [1, 2]} '), d.raw_decode('[1] x'), d.raw_decode('\u00e9 [1] x', 2), d.raw_decode('1 2'))
print(d.strict, d.object_hook, d.parse_float, d.parse_int, d.object_pairs_hook)
for args in [(" 1",), ("1", -1), ("1", 5), ("[1,", 0)]:
    try:
        print(d.raw_decode(*args))
    except ValueError as err:
        print(type(err).__name__, err)
d = json.JSONDecoder(object_hook=lambda o: sorted(o), parse_int=lambda s: int(s) * 10, strict=False)
print(d.decode('[{"b": 1, "a": 2}, 3, "t\tab"]'), d.strict)

class PairsDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        kw["object_pairs_hook"] = lambda pairs: pairs
        super().__init__(**kw)

print(json.loads('{"x": {"y": 1}, "z": 2}', cls=PairsDecoder))
print(json.loads('[1.5, 2]', cls=json.JSONDecoder, parse_float=str))
print(isinstance(json.JSONDecoder(), json.JSONDecoder), isinstance(SetEncoder(), json.JSONEncoder))

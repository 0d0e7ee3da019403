# json.loads: values, nesting, escapes, whitespace, hooks and parse_* callbacks
import json

for s in ['null', 'true', 'false', '0', '-0', '1', '-1', '123456789012345678',
          '1234567890123456789012345678901234567890', '-99999999999999999999',
          '0.5', '-0.0', '1e5', '1E+2', '1e-2', '2.5E-3', '1.7976931348623157e308', '1e400',
          '-1e400', '5e-324', '0.1', '3.141592653589793', 'NaN', 'Infinity', '-Infinity',
          '""', '"abc"', '[]', '{}', '[1, [2, [3, []]]]', '{"a": {"b": {"c": {}}}}',
          ' \t\n\r [ 1 , 2 ] \n', '{ "k" : "v" , "k2" : [ ] }', '{"a": 1, "a": 2, "b": 3}',
          '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u20ac\\ud83d\\ude00"',
          '"\\ud800"', '"\\udc00x"', '"\\ud800\\u0041"', '"\\uABCD\\uabcd"',
          '"caf\u00e9 \u20ac \U0001f600"', '[1.0, 2, "3", null]', '"a\\nb"']:
    r = json.loads(s)
    print(repr(s), type(r).__name__, repr(r))

print(json.loads(b'{"bytes": [1, 2]}'))
print(json.loads(bytearray(b'[true]')))
print(json.loads(b'\xef\xbb\xbf[1]'))
print(json.loads('"caf\u00e9"'.encode()))

# hooks
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p))
print(json.loads('[{"x": 1}, {}]', object_pairs_hook=tuple, object_hook=len))
print(json.loads('[1, 2.5, 10, 1e3]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('[1.5]', parse_float=float), json.loads('[7]', parse_int=int))
print(json.loads('"a\tb\x01"', strict=False))

# round trips
import math
for v in [0.1, 1/3, 1e-7, 123456.789, 2.0**60, -1.5e-300]:
    assert json.loads(json.dumps(v)) == v
doc = {"list": list(range(20)), "s": "x" * 100 + "\u1234", "nested": [[{"k": [None]}]]}
print(json.loads(json.dumps(doc)) == doc, json.loads(json.dumps(doc, indent=1)) == doc)
print(math.isnan(json.loads('NaN')))

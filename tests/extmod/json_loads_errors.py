# json.loads: JSONDecodeError messages, positions and attributes as CPython reports them
import json

print(issubclass(json.JSONDecodeError, ValueError))
for s in ['', ' ', '[', '[1', '[1,', '[1,]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,',
          '{"a":1,}', '{1:2}', '"abc', '"a\\', '"a\\x"', '"\\u12"', '"\\u12zz"', '"\x01"',
          '"\u00e9\x01"', '01', '1.', '-', '-x', 'nul', 'tru', 'fals', 'nan', 'inf', '+1',
          '.5', '[1 2]', '{"a" 1}', '"\\ud800\\u12"', '\ufeff1', '1 2', '\n\n  x',
          '[-]', '{"a":1 "b"}', '[1]]', '{"a":1}}', '["\u00e9\u00e9", x]', '\t\n[\n1,\n\n  ?]',
          "'single'", '[1,,2]', '{"a":1,,}', '"\\', '"\\u"', '"tab\there"', '1e', '1e+', '-01']:
    try:
        r = json.loads(s)
        print(repr(s), "OK", repr(r))
    except json.JSONDecodeError as e:
        print(repr(s), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == s)

try:
    json.loads(b'[1, }')
except ValueError as e:
    print(type(e).__name__, e, repr(e.doc))

e = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(e, "|", e.msg, e.doc, e.pos, e.lineno, e.colno, e.args)
print(repr(e))
try:
    raise json.JSONDecodeError("m", "", 0)
except ValueError as err:
    print("caught", err)

for bad in [5, None, [1], 1.5]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(e)

# json.dumps: scalars, floats, containers, escapes and key coercion, as CPython prints them
import json

for v in [None, True, False, 0, 1, -1, 123456789, 2**62, -2**63, 10**30, -(10**40),
          0.0, -0.0, 1.0, 0.1, 1.5e300, 1e16, 1e-5, 123.456, 2.5e-310, 1/3,
          float('inf'), float('-inf'), float('nan'),
          "", "abc", [], {}, (), [1, 2], (1, "a"), {"a": 1}, [[[]]], [{}]]:
    print(json.dumps(v))

# escapes
print(json.dumps("\"\\/\b\f\n\r\t\x00\x01\x1f\x7f"))
print(json.dumps("caf\u00e9 \u20ac \U0001f600 \ud7ff \uffff"))
print(json.dumps("caf\u00e9 \u20ac \U0001f600 \x7f\x1f", ensure_ascii=False))
print(json.dumps({"\u00e9": "\n"}, ensure_ascii=False))

# key coercion
print(json.dumps({1: "a", 2.5: "b", True: "c", False: "d", None: "e", -7: "f", 10**20: "g"}))
print(json.dumps({float("inf"): 1, float("-inf"): 2}))
print(json.dumps({"b": 1, "a": 2, "c": [1, {"z": 0, "y": 1}]}, sort_keys=True))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))

# subclasses of the built-in types
class MyInt(int):
    def __repr__(self):
        return "MyInt!"
class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("x"), MyList([1, 2]), MyDict(a=1)]))
print(json.dumps({MyStr("k"): MyInt(3), MyInt(7): 1}))

# nested structure
doc = {"name": "x", "list": [1, 2.5, None, True, "s", {"deep": [[], {}]}], "n": -3}
print(json.dumps(doc))
print(json.loads(json.dumps(doc)) == doc)

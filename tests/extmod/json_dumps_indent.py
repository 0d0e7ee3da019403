# json.dumps: indent (int and str), separators, sort_keys
import json

doc = {"a": [1, 2, {"b": None, "c": []}], "d": {}, "e": "x", "f": [[]]}
for indent in [None, 0, 1, 2, 4, -1, "", "\t", "--"]:
    print(repr(indent))
    print(json.dumps(doc, indent=indent))
print(json.dumps([1, [2, 3]], indent=2, separators=(",", ": ")))
print(json.dumps([1, [2, 3]], indent=2, separators=(" ,", " : ")))
print(json.dumps({"a": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, separators=[";", "="]))
print(json.dumps({"z": 1, "a": {"y": 2, "b": 3}}, indent=3, sort_keys=True))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
print(json.dumps("x", indent=4), json.dumps(5, indent=4))
for bad in [1.5, [1]]:
    try:
        json.dumps([1], indent=bad)
    except TypeError:
        print("TypeError")
try:
    json.dumps([1], separators=(1, 2))
except TypeError:
    print("TypeError")
try:
    json.dumps([1], separators=(",",))
except ValueError:
    print("ValueError")

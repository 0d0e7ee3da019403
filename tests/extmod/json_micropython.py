# json: MicroPython's API forms (separators as a positional argument of dumps/dump)
import io
import json

print(json.dumps([1, {"a": 2}], (",", ":")))
print(json.dumps({"a": [1, 2]}, (", ", ": ")))
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, (",", ":"))
print(buf.getvalue())
try:
    json.dumps([1], (",", ":"), separators=(",", ":"))
except TypeError:
    print("TypeError")
try:
    json.dumps([1], (",", ":"), 5)
except TypeError:
    print("TypeError")

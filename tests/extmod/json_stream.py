# json.dump / json.load on streams: io.StringIO and any object with write() / read()
import io
import json

buf = io.StringIO()
json.dump({"a": [1, 2, None]}, buf)
json.dump([1, 2], buf, indent=1)
print(repr(buf.getvalue()))
print(json.load(io.StringIO('{"x": [true, false, 1.5]}')))
print(json.load(io.StringIO('[1, 2]'), object_hook=None, parse_int=str))

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

class Reader:
    def __init__(self, s):
        self.s = s
    def read(self):
        return self.s

w = Writer()
json.dump({"k": "v"}, w, sort_keys=True, separators=(",", ":"))
print("".join(w.parts))
print(json.load(Reader('{"k": [1, {"z": null}]}')))
print(json.load(Reader(b'[1, "b"]')))
try:
    json.load(Reader("[1,"))
except json.JSONDecodeError as e:
    print(e)
try:
    json.dump([1], 42)
except AttributeError:
    print("AttributeError")
try:
    json.load(42)
except AttributeError:
    print("AttributeError")

# json: dumps/loads options (default, allow_nan, sort_keys, indent, separators, hooks,
# parse_float/parse_int, skipkeys), escapes and errors, dump/load on streams
import json, io
def t(s):
    try:
        print(s, '->', repr(eval(s)))
    except Exception as e:
        print(s, "!!", type(e).__name__, e)
for s in ["json.dumps({1, 2}, default=sorted)", "json.dumps([1.5, float('nan')], allow_nan=False)", "json.dumps({'a': 1}, sort_keys=True, indent=1, separators=(',', ': '))", "json.loads('{\"a\": 1}', object_hook=lambda d: sorted(d))", "json.loads('[1.5]', parse_float=str)", "json.loads('[1]', parse_int=float)", "json.loads('{\"b\": 1, \"a\": 2}', object_pairs_hook=list)", "json.dumps('\\x7f\\x1f')", "json.dumps({'a': [], 'b': {}}, indent=2)", "json.dumps([{}], indent='--')", "json.dumps(1, skipkeys=True)", "json.dumps({(1,): 2}, skipkeys=True)", "json.dumps(True), json.dumps(None)", "json.loads('\"\\\\/\"')", "json.loads('1e5')", "json.loads('-0.0')", "json.loads(' \\n\\t[ ] ')", "json.loads('{\"a\":1}x')", "json.loads('nul')", "json.loads('[1,2')", "json.loads('\"\\\\ud800\"')", "json.loads(bytearray(b'[2]'))"]:
    t(s)
s = io.StringIO()
json.dump({'k': [1, 2]}, s, indent=1)
print(repr(s.getvalue()))
print(json.load(io.StringIO('[3, {\"x\": null}]')))

# a hand-written serializer for nested data
def dump(o, indent=0):
    pad = '  ' * indent
    if isinstance(o, dict):
        if not o:
            return '{}'
        items = [pad + '  ' + repr(k) + ': ' + dump(v, indent + 1) for k, v in o.items()]
        return '{\n' + ',\n'.join(items) + '\n' + pad + '}'
    if isinstance(o, (list, tuple)):
        return '[' + ', '.join(dump(v, indent) for v in o) + ']'
    if isinstance(o, bool):
        return 'true' if o else 'false'
    if o is None:
        return 'null'
    if isinstance(o, str):
        return '"' + o.replace('\\', '\\\\').replace('"', '\\"') + '"'
    return str(o)
data = {'name': 'widget', 'tags': ['a', 'b'], 'size': {'w': 3, 'h': 4.5},
        'ok': True, 'none': None, 'nested': {'deep': {'deeper': [1, (2, 3)]}}, 'q': 'say "hi"', 'e': {}}
print(dump(data))

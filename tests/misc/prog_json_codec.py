# JSON-like serializer and parser written by hand

class DecodeError(ValueError):
    pass

def encode_str(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)

def encode(obj, indent=None, level=0):
    if obj is None:
        return 'null'
    if obj is True:
        return 'true'
    if obj is False:
        return 'false'
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        return encode_str(obj)
    if isinstance(obj, (list, tuple)):
        items = [encode(x, indent, level + 1) for x in obj]
        if indent is None or not items:
            return '[' + ', '.join(items) + ']'
        pad = ' ' * (indent * (level + 1))
        return '[\n' + ',\n'.join(pad + it for it in items) + '\n' + ' ' * (indent * level) + ']'
    if isinstance(obj, dict):
        keys = sorted(obj)
        items = [encode_str(str(k)) + ': ' + encode(obj[k], indent, level + 1) for k in keys]
        if indent is None or not items:
            return '{' + ', '.join(items) + '}'
        pad = ' ' * (indent * (level + 1))
        return '{\n' + ',\n'.join(pad + it for it in items) + '\n' + ' ' * (indent * level) + '}'
    raise TypeError("cannot encode %s" % type(obj).__name__)

class Decoder:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in ' \t\n\r':
            self.i += 1

    def fail(self, msg):
        raise DecodeError("%s at %d" % (msg, self.i))

    def value(self):
        self.ws()
        if self.i >= len(self.s):
            self.fail("unexpected end")
        c = self.s[self.i]
        if c == '{':
            return self.obj()
        if c == '[':
            return self.arr()
        if c == '"':
            return self.string()
        for lit, val in (('null', None), ('true', True), ('false', False)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()

    def number(self):
        j = self.i
        while j < len(self.s) and self.s[j] in '+-0123456789.eE':
            j += 1
        text = self.s[self.i:j]
        if not text:
            self.fail("bad value")
        self.i = j
        if any(c in text for c in '.eE'):
            return float(text)
        return int(text)

    def string(self):
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.s):
                self.fail("unterminated string")
            c = self.s[self.i]
            if c == '"':
                self.i += 1
                return ''.join(out)
            if c == '\\':
                e = self.s[self.i + 1]
                if e == 'u':
                    out.append(chr(int(self.s[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                out.append({'n': '\n', 't': '\t', '"': '"', '\\': '\\', '/': '/'}[e])
                self.i += 2
            else:
                out.append(c)
                self.i += 1

    def arr(self):
        self.i += 1
        res = []
        self.ws()
        if self.s[self.i] == ']':
            self.i += 1
            return res
        while True:
            res.append(self.value())
            self.ws()
            c = self.s[self.i:self.i + 1]
            self.i += 1
            if c == ']':
                return res
            if c != ',':
                self.fail("expected , or ]")

    def obj(self):
        self.i += 1
        res = {}
        self.ws()
        if self.s[self.i] == '}':
            self.i += 1
            return res
        while True:
            self.ws()
            k = self.string()
            self.ws()
            if self.s[self.i] != ':':
                self.fail("expected :")
            self.i += 1
            res[k] = self.value()
            self.ws()
            c = self.s[self.i:self.i + 1]
            self.i += 1
            if c == '}':
                return res
            if c != ',':
                self.fail("expected , or }")

def decode(text):
    d = Decoder(text)
    v = d.value()
    d.ws()
    if d.i != len(text):
        d.fail("trailing data")
    return v

data = {
    'name': 'Widget "Pro"',
    'tags': ['a', 'b\tc', 'ünï'],
    'price': 12.5,
    'count': 3,
    'big': 2 ** 70,
    'nested': {'ok': True, 'none': None, 'list': [1, [2, [3, []]], {}]},
    'neg': -7,
    'exp': 1.5e-7,
}
s = encode(data)
print(s)
print(encode(data, indent=2))
back = decode(s)
print(back == data, sorted(back))
print(decode(encode(data, indent=4)) == data)
for bad in ['[1, 2', '{"a" 1}', '"abc', '[1 2]', '{"a": tru}', '12 13', '']:
    try:
        print(repr(bad), '->', decode(bad))
    except DecodeError as e:
        print(repr(bad), 'DecodeError:', e)
    except (IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__)
try:
    encode({'x': {1, 2}})
except TypeError as e:
    print('TypeError:', e)
print(decode(' [ "\\u0041\\u00e9" , -0.5 , 1e3 , "\\/" ] '))
print(encode(["line1\nline2", (1, 2), 0.1 + 0.2]))

# Huffman coding with a hand-rolled heap, bit packing to bytes, and a simple LZ77 compressor

class Node:
    def __init__(self, freq, sym=None, left=None, right=None, order=0):
        self.freq, self.sym, self.left, self.right, self.order = freq, sym, left, right, order
    def __lt__(self, other):
        return (self.freq, self.order) < (other.freq, other.order)

def heappush(h, x):
    h.append(x)
    i = len(h) - 1
    while i and h[i] < h[(i - 1) // 2]:
        h[i], h[(i - 1) // 2] = h[(i - 1) // 2], h[i]
        i = (i - 1) // 2

def heappop(h):
    last = h.pop()
    if not h:
        return last
    top, h[0] = h[0], last
    i = 0
    while True:
        m = i
        for ch in (2 * i + 1, 2 * i + 2):
            if ch < len(h) and h[ch] < h[m]:
                m = ch
        if m == i:
            return top
        h[i], h[m] = h[m], h[i]
        i = m

def build_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    heap = []
    order = 0
    for sym in sorted(freq):
        heappush(heap, Node(freq[sym], sym, order=order)); order += 1
    while len(heap) > 1:
        a = heappop(heap); b = heappop(heap)
        heappush(heap, Node(a.freq + b.freq, left=a, right=b, order=order)); order += 1
    codes = {}
    def walk(n, prefix):
        if n.sym is not None:
            codes[n.sym] = prefix or '0'
            return
        walk(n.left, prefix + '0')
        walk(n.right, prefix + '1')
    walk(heap[0], '')
    return codes, freq, heap[0]

def pack_bits(bitstr):
    pad = (8 - len(bitstr) % 8) % 8
    bitstr += '0' * pad
    return bytes(int(bitstr[i:i + 8], 2) for i in range(0, len(bitstr), 8)), pad

def decode(data, pad, root):
    bits = ''.join('{:08b}'.format(b) for b in data)
    if pad:
        bits = bits[:-pad]
    out = []
    n = root
    for b in bits:
        n = n.left if b == '0' else n.right
        if n.sym is not None:
            out.append(n.sym)
            n = root
    return ''.join(out)

text = "this is an example of a huffman tree, compressing this text efficiently is fun"
codes, freq, root = build_codes(text)
for sym in sorted(codes, key=lambda s: (len(codes[s]), s)):
    print(repr(sym), freq[sym], codes[sym])
encoded = ''.join(codes[c] for c in text)
data, pad = pack_bits(encoded)
print(len(text) * 8, len(encoded), len(data), pad, data[:8].hex())
print(decode(data, pad, root) == text)
avg = sum(freq[s] * len(codes[s]) for s in codes) / len(text)
print("avg bits/symbol %.4f" % avg)
# prefix-free check
cs = sorted(codes.values())
print(all(not cs[i + 1].startswith(cs[i]) for i in range(len(cs) - 1)))

def lz77(data, window=32, maxlen=15):
    i = 0
    out = []
    while i < len(data):
        best_len, best_off = 0, 0
        for j in range(max(0, i - window), i):
            k = 0
            while k < maxlen and i + k < len(data) and data[j + k] == data[i + k]:
                k += 1
            if k > best_len:
                best_len, best_off = k, i - j
        if best_len >= 3:
            out.append((best_off, best_len))
            i += best_len
        else:
            out.append(data[i])
            i += 1
    return out

def unlz77(tokens):
    out = bytearray()
    for t in tokens:
        if isinstance(t, tuple):
            off, ln = t
            for _ in range(ln):
                out.append(out[-off])
        else:
            out.append(t)
    return bytes(out)

for sample in [b"abababababababab", b"the rain in spain stays mainly in the plain", b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", b"xyz"]:
    toks = lz77(sample)
    back = unlz77(toks)
    print(len(sample), len(toks), back == sample, toks[:6])
single = build_codes("aaaa")[0]
print(single)

# string-heavy code: indexing, slicing, ord/chr, methods, comparisons (a Caesar cipher and a word count)
def caesar(text, k):
    out = []
    for c in text:
        o = ord(c)
        if 97 <= o <= 122:
            out.append(chr((o - 97 + k) % 26 + 97))
        else:
            out.append(c)
    return ''.join(out)

def run():
    text = 'the quick brown fox jumps over the lazy dog ' * 4000
    total = 0
    for k in range(1, 6):
        enc = caesar(text, k)
        total += len(enc) + enc.count('a')
    for i in range(0, len(text) - 10, 7):
        w = text[i:i + 5]
        if w.startswith('qu') or w.endswith('og') or w.strip() == 'fox':
            total += 1
        total += len(w.upper()) + (w < 'm')
    words = text.split()
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    total += sum(counts.values()) + len(max(words, key=len))
    return total
print(run())

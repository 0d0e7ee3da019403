# Text statistics: word frequencies, n-grams, aligned report formatting

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair,
we had everything before us, we had nothing before us."""

def words(text):
    cur = []
    for ch in text:
        if ch.isalpha() or ch == "'":
            cur.append(ch.lower())
        elif cur:
            yield ''.join(cur)
            cur = []
    if cur:
        yield ''.join(cur)

ws = list(words(TEXT))
print(len(ws), "words;", len(set(ws)), "distinct")
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(f"{'word':<12}{'count':>6}{'pct':>8}")
for w, c in top[:10]:
    print(f"{w:<12}{c:>6}{c / len(ws) * 100:>7.2f}%")

def ngrams(seq, n):
    return [tuple(seq[i:i + n]) for i in range(len(seq) - n + 1)]

for n in (2, 3):
    counts = {}
    for g in ngrams(ws, n):
        counts[g] = counts.get(g, 0) + 1
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("top %d-grams:" % n)
    for g, c in best:
        print("  {:<28} {:>3}".format(' '.join(g), c))

lengths = {}
for w in ws:
    lengths.setdefault(len(w), []).append(w)
for L in sorted(lengths):
    uniq = sorted(set(lengths[L]))
    print("{0:2d} | {1:<3d} {2}".format(L, len(lengths[L]), ','.join(uniq[:4])))

lines = TEXT.split('\n')
for i, line in enumerate(lines, 1):
    n_words = len(line.split())
    print("{:>2}: {:<58}|{:^5}|{:>4}".format(i, line[:58], n_words, len(line)))

letters = {}
for ch in TEXT.lower():
    if 'a' <= ch <= 'z':
        letters[ch] = letters.get(ch, 0) + 1
total = sum(letters.values())
for ch in sorted(letters, key=lambda c: (-letters[c], c))[:8]:
    bar = '#' * (letters[ch] * 100 // total)
    print(f"{ch} {letters[ch]:4d} {bar}")

sentences = [s.strip() for s in TEXT.replace('\n', ' ').split(',') if s.strip()]
print(len(sentences), "clauses")
avg = sum(len(s.split()) for s in sentences) / len(sentences)
print("avg clause length: {:.3f}".format(avg))
longest = max(sentences, key=len)
print("longest clause: {!r} ({} chars)".format(longest, len(longest)))
caps = [w for w in TEXT.split() if w[:1].isupper()]
print("capitalized:", caps)
print("title:", "the season of light".title(), "|", "WE HAD".capitalize(), "|", "Mixed Case".swapcase())
print("centered: [{:*^21}]".format(" report "))
print("{:,}".format(1234567), "{:08.3f}".format(-3.14159), "{:+d}".format(42), "{:x}/{:o}/{:b}".format(255, 8, 5))
print("%5.1f%% | %-6s| %06d | %e" % (45.678, 'ab', 42, 12345.678))
vowels = sum(1 for c in TEXT.lower() if c in 'aeiou')
print(f"vowels={vowels} ratio={vowels / total:.4f} {'yes' if vowels > 100 else 'no'}")
acro = ''.join(w[0].upper() for w in "portable network graphics".split())
print(acro, acro.lower().center(9, '.'), acro.rjust(6, '0'), acro.ljust(6) + '|')

# word frequency counting and text processing
text = '''the quick brown fox jumps over the lazy dog the fox
barks and the dog sleeps while the quick fox runs away'''
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:5])
print(len(counts), sum(counts.values()))
lines = text.splitlines()
print([len(l.split()) for l in lines])
caps = ' '.join(w[0].upper() + w[1:] for w in lines[0].split())
print(caps)
print(sorted(set(text.replace('\n', ' ').split()), key=lambda w: (len(w), w))[-3:])
letters = {}
for ch in text:
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(''.join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])

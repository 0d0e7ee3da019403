text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
lines = text.splitlines()
words = [w.strip(",.").lower() for w in text.split()]
print(len(lines), len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, n in top:
    print("%-8s %s" % (w, "*" * n))
print(max(words, key=len), min(words, key=len))
print(sum(len(w) for w in words) / len(words))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))[:10]))
print([line.count("it was") for line in lines])
caps = " ".join(w.capitalize() for w in lines[0].split())
print(caps)
print(text.replace("\n", " / ")[:60] + "...")
acr = "".join(w[0] for w in "portable operating system interface".split()).upper()
print(acr)
print(" ".join(reversed(lines[1].split())))

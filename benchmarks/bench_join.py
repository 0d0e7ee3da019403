# str.join over lists, tuples and generators of short strings, plus split round trips
def run():
    words = ['w%d' % (i % 1000) for i in range(5000)]
    total = 0
    for i in range(300):
        s = ','.join(words)
        total += len(s)
        total += len(' '.join(w for w in words[:500]))
        total += len(''.join(tuple(words[i:i + 100])))
        total += len(s.split(','))
    return total
print(run())

# json.dumps of seeded random documents with random options: CPython's text, and loads()
# gives the document back
import json
import random

random.seed(31415)
atoms = [None, True, False, 0, -1, 7, 2**40, -(10**25), 0.5, -2.75, 1e-7, 1e22, 123.456, 1 / 7,
         "", "a", "caf\u00e9", "\U0001f600", "q\"b\\s\n\t\x00\x1f", "\u2028"]

def gen(depth):
    r = random.random()
    if depth > 3 or r < 0.4:
        return random.choice(atoms)
    if r < 0.7:
        return [gen(depth + 1) for _ in range(random.randrange(4))]
    d = {}
    for _ in range(random.randrange(4)):
        d[random.choice(["k", "b", "a", "\u00e9", "z" * 3])] = gen(depth + 1)
    return d

for i in range(300):
    doc = gen(0)
    kw = {}
    if random.random() < 0.3:
        kw["indent"] = random.choice([0, 1, 2, "\t"])
    if random.random() < 0.3:
        kw["sort_keys"] = True
    if random.random() < 0.3:
        kw["ensure_ascii"] = False
    if random.random() < 0.2:
        kw["separators"] = random.choice([(",", ":"), (" , ", " : ")])
    s = json.dumps(doc, **kw)
    print(i, s)
    assert json.loads(s) == doc

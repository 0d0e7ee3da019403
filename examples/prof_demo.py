# A small program to profile: a word count over generated text, a sort and a little tree.
#   ./micropython -X prof=all -X prof-out=/tmp/demo.json examples/prof_demo.py
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]


def make_text(n):
    out = []
    for i in range(n):
        out.append(WORDS[(i * 7 + i // 3) % len(WORDS)])
    return " ".join(out)


def count_words(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


class Tree:
    def __init__(self, depth):
        self.kids = [Tree(depth - 1) for _ in range(2)] if depth else []

    def size(self):
        return 1 + sum(k.size() for k in self.kids)


def main():
    counts = count_words(make_text(20000))
    top = sorted(counts.items(), key=lambda kv: -kv[1])
    print(top[:3])
    print(sum(Tree(10).size() for _ in range(10)))


main()

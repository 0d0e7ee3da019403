TEXT = ("It was the best of times, it was the worst of times, it was the age of wisdom, "
        "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity.")
def justify(words, width):
    lines, cur, n = [], [], 0
    for w in words:
        if cur and n + len(cur) + len(w) > width:
            lines.append(cur)
            cur, n = [], 0
        cur.append(w)
        n += len(w)
    out = []
    for ln in lines:
        gaps = len(ln) - 1
        spaces = width - sum(len(w) for w in ln)
        if gaps == 0:
            out.append(ln[0].ljust(width))
            continue
        q, r = divmod(spaces, gaps)
        s = ""
        for i, w in enumerate(ln[:-1]):
            s += w + " " * (q + (1 if i < r else 0))
        out.append(s + ln[-1])
    out.append(" ".join(cur).ljust(width))
    return out
for width in (20, 33):
    for line in justify(TEXT.split(), width):
        print("|" + line + "|")
print(TEXT.count("it was"), TEXT.title()[:30], TEXT.upper().count("E"), sorted(set(TEXT.lower().replace(",", "").replace(".", "").split()))[:6])

# word wrapping and justification
def wrap(text, width):
    lines, cur = [], ''
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + ' ' + w if cur else w
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ''
    for i, w in enumerate(words[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + ' ' * n
    return out + words[-1]
txt = 'It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness'
for l in wrap(txt, 24):
    print('|' + justify(l, 24) + '|')
for l in wrap(txt, 30):
    print('|' + l.center(30) + '|')

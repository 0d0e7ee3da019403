# The Unicode character database behind str methods: for every code point of the BMP and the
# supplementary planes in use, class predicates (isalpha, isdigit, isdecimal, isnumeric,
# isspace, isprintable, isupper, islower, istitle, isidentifier) and full case mappings (lower,
# upper, title, casefold, swapcase, capitalize), summed per 4096 code points
def summary(lo, hi):
    counts = [0] * 10
    total = 0
    for c in range(lo, hi):
        if 0xD800 <= c < 0xE000:
            continue
        ch = chr(c)
        for i, f in enumerate((ch.isalpha(), ch.isdigit(), ch.isdecimal(), ch.isnumeric(), ch.isspace(),
                               ch.isprintable(), ch.isupper(), ch.islower(), ch.istitle(), ch.isidentifier())):
            if f:
                counts[i] += 1
        s = ch + 'a' + ch
        for m in (ch.lower(), ch.upper(), s.title(), ch.casefold(), ch.swapcase(), s.capitalize()):
            for k, x in enumerate(m):
                total += (k + 1) * ord(x)
    return counts, total

for lo in range(0, 0x20000, 0x1000):
    print(hex(lo), *summary(lo, lo + 0x1000))
print(*summary(0xE0000, 0xE1000))
# a few by name
print('ǅ'.istitle(), 'ǆa'.capitalize(), 'ﬁ'.upper(), 'İ'.lower(), 'ß'.title(), 'ΣΑΣ Σ'.lower())
print('٣'.isdecimal(), '①'.isdigit(), '三'.isnumeric(), '𝔘'.isalpha(), ascii('\u0378\U000e0001'))

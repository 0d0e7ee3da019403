# building a string by repeated += of short pieces (CPython appends in place)
def run(n):
    s = ''
    for i in range(n):
        s += chr(97 + i % 26)
    t = ''
    for i in range(n // 10):
        t += 'ab%d' % (i % 10)
    return len(s) + len(t), s[-5:], t[-6:]
print(run(100000))

# Generator pipelines over in-memory text, hand-written itertools helpers

import io

LOG = """2024-01-03 10:00:01 INFO  server started port=8080
2024-01-03 10:00:05 DEBUG config loaded items=12
2024-01-03 10:01:10 WARN  slow request path=/api/users ms=850
2024-01-03 10:01:11 INFO  request path=/api/users ms=120
# comment line

2024-01-03 10:02:00 ERROR db timeout path=/api/orders ms=5000
2024-01-03 10:02:30 INFO  request path=/api/orders ms=95
2024-01-03 10:03:00 INFO  request path=/index ms=12
2024-01-03 10:03:30 WARN  slow request path=/api/orders ms=920
2024-01-03 10:04:00 ERROR crash path=/api/users ms=1
2024-01-03 10:05:00 INFO  shutdown
"""

def read_lines(f):
    for line in f:
        yield line.rstrip('\n')

def skip_blank_and_comments(lines):
    for ln in lines:
        s = ln.strip()
        if s and not s.startswith('#'):
            yield ln

def parse(lines):
    for ln in lines:
        date, time, level, rest = ln.split(None, 3)
        fields = {}
        words = []
        for tok in rest.split():
            if '=' in tok:
                k, v = tok.split('=', 1)
                fields[k] = int(v) if v.isdigit() else v
            else:
                words.append(tok)
        yield {'time': time, 'level': level, 'msg': ' '.join(words), **fields}

def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return

def chunked(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf

def group_by(it, key):
    cur_key = object()
    group = []
    for x in it:
        k = key(x)
        if group and k != cur_key:
            yield cur_key, group
            group = []
        cur_key = k
        group.append(x)
    if group:
        yield cur_key, group

def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x

def accumulate(it, fn=lambda a, b: a + b):
    it = iter(it)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for x in it:
        total = fn(total, x)
        yield total

def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == 'reset':
            n = 0
        elif isinstance(cmd, int):
            n += cmd
        else:
            n += 1

records = list(parse(skip_blank_and_comments(read_lines(io.StringIO(LOG)))))
print(len(records), "records")
for r in take(3, records):
    print(sorted(r.items()))
errors = (r for r in records if r['level'] == 'ERROR')
print([e['msg'] for e in errors])
timed = [r for r in records if 'ms' in r]
print("total ms", sum(r['ms'] for r in timed), "max", max(timed, key=lambda r: r['ms'])['path'])
by_path = {}
for r in timed:
    by_path.setdefault(r.get('path', '?'), []).append(r['ms'])
for p in sorted(by_path):
    v = by_path[p]
    print("  %-12s n=%d avg=%.1f" % (p, len(v), sum(v) / len(v)))
for chunk in chunked(range(10), 4):
    print("chunk", chunk)
for lvl, grp in group_by(records, lambda r: r['level']):
    print("run", lvl, len(grp))
print(list(pairwise("abcd")), list(pairwise([])))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])))
c = counter()
print(next(c), c.send(5), c.send(None), c.send('reset'), c.send(10), next(c))
c.close()
gen = (x * x for x in range(1, 6))
print(next(gen), list(gen), list(gen))
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)], 6], [[[7]]], 8])))
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        nxt = []
        for it in its:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        its = nxt
print(list(interleave("abc", [1, 2], range(100, 104))))
levels = {}
for r in records:
    levels[r['level']] = levels.get(r['level'], 0) + 1
print(sorted(levels.items()))
out = io.StringIO()
for r in records:
    if r['level'] in ('WARN', 'ERROR'):
        print("{time} [{level:>5}] {msg}".format(**r), file=out)
print(out.getvalue(), end='')

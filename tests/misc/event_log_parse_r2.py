LOG = """2024-01-05 10:00:01 INFO  user=alice action=login ms=120
2024-01-05 10:00:07 WARN  user=bob action=login ms=950 retry=1
2024-01-05 10:01:00 INFO  user=alice action=view ms=33
2024-01-05 10:02:13 ERROR user=carol action=pay ms=2100 code=E42
2024-01-05 10:02:14 INFO  user=bob action=view ms=41
2024-01-05 10:03:59 ERROR user=bob action=pay ms=1800 code=E17
"""
recs = []
for line in LOG.splitlines():
    date, time, level, *kv = line.split()
    d = dict(p.split("=", 1) for p in kv)
    h, m, s = map(int, time.split(":"))
    d.update(level=level, t=h * 3600 + m * 60 + s, ms=int(d["ms"]))
    recs.append(d)
levels = {}
for r in recs:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(sorted(levels.items()), [r["user"] for r in recs if r["level"] == "ERROR"])
users = sorted({r["user"] for r in recs})
for u in users:
    ms = [r["ms"] for r in recs if r["user"] == u]
    print(f"{u:>6}: n={len(ms)} avg={sum(ms) / len(ms):8.2f} max={max(ms):5d} actions={','.join(r['action'] for r in recs if r['user'] == u)}")
gaps = [b["t"] - a["t"] for a, b in zip(recs, recs[1:])]
print(gaps, max(gaps), sum(gaps) / len(gaps), [r.get("code", "-") for r in recs], any("retry" in r for r in recs))

# a tiny CSV parser with quoting and a grouped report
DATA = '''name,dept,salary,start
"Smith, Ann",eng,120000,2019-03-01
Bob,ops,85000.50,2020-11-15
"O""Neil",eng,99000,2018-01-20
Chen,sales,70000,2021-06-30
Díaz,ops,91000,2017-09-09
'''
def parse_line(line):
    out, cur, q, i = [], [], False, 0
    while i < len(line):
        c = line[i]
        if q:
            if c == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur.append('"')
                    i += 1
                else:
                    q = False
            else:
                cur.append(c)
        elif c == '"':
            q = True
        elif c == ",":
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    out.append("".join(cur))
    return out
lines = DATA.strip().splitlines()
hdr = parse_line(lines[0])
rows = [dict(zip(hdr, parse_line(l))) for l in lines[1:]]
for r in rows:
    r["salary"] = float(r["salary"])
    r["year"] = int(r["start"].split("-")[0])
by = {}
for r in rows:
    by.setdefault(r["dept"], []).append(r)
for dept in sorted(by):
    rs = by[dept]
    tot = sum(r["salary"] for r in rs)
    print("{:<6}|{:>3}|{:>12,.2f}|{:>10.1f}| {}".format(dept, len(rs), tot, tot / len(rs), ", ".join(sorted(r["name"] for r in rs))))
print(max(rows, key=lambda r: r["salary"])["name"], min(r["year"] for r in rows), sorted(rows, key=lambda r: (r["dept"], -r["salary"]))[0]["name"])
print("%-12s%8s" % ("TOTAL", "%.0f" % sum(r["salary"] for r in rows)))

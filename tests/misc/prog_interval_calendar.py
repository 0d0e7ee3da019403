# Interval arithmetic for a meeting scheduler: merge, intersect, free slots, sweep-line overlaps

def parse_time(s):
    h, m = s.split(':')
    return int(h) * 60 + int(m)

def fmt_time(t):
    return "%02d:%02d" % divmod(t, 60)

class Interval:
    __slots__ = ('start', 'end', 'label')
    def __init__(self, start, end, label=''):
        if isinstance(start, str):
            start, end = parse_time(start), parse_time(end)
        if end <= start:
            raise ValueError("empty interval %s-%s" % (fmt_time(start), fmt_time(end)))
        self.start, self.end, self.label = start, end, label
    def __len__(self):
        return self.end - self.start
    def __and__(self, o):
        s, e = max(self.start, o.start), min(self.end, o.end)
        return Interval(s, e, self.label + '&' + o.label) if s < e else None
    def overlaps(self, o):
        return self.start < o.end and o.start < self.end
    def __contains__(self, t):
        return self.start <= t < self.end
    def __lt__(self, o):
        return (self.start, self.end) < (o.start, o.end)
    def __eq__(self, o):
        return isinstance(o, Interval) and (self.start, self.end) == (o.start, o.end)
    def __repr__(self):
        return "%s-%s%s" % (fmt_time(self.start), fmt_time(self.end), ('(' + self.label + ')') if self.label else '')

def merge(intervals):
    out = []
    for iv in sorted(intervals):
        if out and iv.start <= out[-1].end:
            last = out[-1]
            out[-1] = Interval(last.start, max(last.end, iv.end), last.label + '+' + iv.label)
        else:
            out.append(Interval(iv.start, iv.end, iv.label))
    return out

def free_slots(busy, day_start, day_end, min_len=0):
    t = parse_time(day_start)
    end = parse_time(day_end)
    out = []
    for iv in merge(busy):
        if iv.start > t and iv.start - t >= min_len:
            out.append(Interval(t, min(iv.start, end)))
        t = max(t, iv.end)
    if end - t >= max(min_len, 1):
        out.append(Interval(t, end))
    return out

def max_overlap(intervals):
    events = []
    for iv in intervals:
        events.append((iv.start, 1, iv.label))
        events.append((iv.end, -1, iv.label))
    events.sort()
    cur = best = 0
    when = None
    active = set()
    best_set = []
    for t, d, lab in events:
        cur += d
        if d > 0:
            active.add(lab)
        else:
            active.discard(lab)
        if cur > best:
            best, when, best_set = cur, t, sorted(active)
    return best, fmt_time(when), best_set

alice = [Interval("09:00", "10:30", "standup"), Interval("10:00", "11:00", "review"),
         Interval("13:00", "14:00", "lunch"), Interval("15:30", "17:00", "focus")]
bob = [Interval("08:30", "09:15", "gym"), Interval("11:30", "12:15", "1:1"),
       Interval("13:30", "15:00", "workshop"), Interval("16:45", "17:30", "call")]
print(sorted(alice + bob))
print("alice merged", merge(alice))
print("bob merged", merge(bob))
fa = free_slots(alice, "08:00", "18:00")
fb = free_slots(bob, "08:00", "18:00")
print("alice free", fa, [len(i) for i in fa])
print("bob free", fb)
common = [x for a in fa for b in fb for x in [a & b] if x is not None]
print("common", common)
print("30+ min", [c for c in common if len(c) >= 30])
print(max_overlap(alice + bob))
print(parse_time("10:15") in alice[0], parse_time("10:30") in alice[0], alice[0].overlaps(alice[1]), alice[0].overlaps(alice[2]))
try:
    Interval("12:00", "11:00")
except ValueError as e:
    print("ValueError:", e)
print(Interval(60, 120) == Interval("01:00", "02:00"), (Interval(0, 10) & Interval(10, 20)))
total_busy = sum(len(i) for i in merge(alice + bob))
print("union busy minutes", total_busy, fmt_time(total_busy))
rooms = []
for iv in sorted(alice + bob):
    for r in rooms:
        if r[-1].end <= iv.start:
            r.append(iv)
            break
    else:
        rooms.append([iv])
for i, r in enumerate(rooms):
    print("room", i, r)

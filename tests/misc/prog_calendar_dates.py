# Date arithmetic by hand: leap years, day of week, day counts, calendars

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in_month(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31

def to_ordinal(y, m, d):
    # days since 0001-01-01 (which is day 1)
    y1 = y - 1
    n = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    for mm in range(1, m):
        n += days_in_month(y, mm)
    return n + d

def from_ordinal(n):
    y = 1 + (n - 1) * 400 // 146097
    while to_ordinal(y + 1, 1, 1) <= n:
        y += 1
    while to_ordinal(y, 1, 1) > n:
        y -= 1
    rem = n - to_ordinal(y, 1, 1) + 1
    m = 1
    while rem > days_in_month(y, m):
        rem -= days_in_month(y, m)
        m += 1
    return y, m, rem

def weekday(y, m, d):
    return (to_ordinal(y, m, d) - 1) % 7

def zeller(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7

class Date:
    def __init__(self, y, m, d):
        if not 1 <= m <= 12 or not 1 <= d <= days_in_month(y, m):
            raise ValueError("invalid date %04d-%02d-%02d" % (y, m, d))
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, s):
        y, m, d = (int(p) for p in s.split('-'))
        return cls(y, m, d)
    def ordinal(self):
        return to_ordinal(self.y, self.m, self.d)
    def __add__(self, days):
        return Date(*from_ordinal(self.ordinal() + days))
    def __sub__(self, other):
        if isinstance(other, Date):
            return self.ordinal() - other.ordinal()
        return self + (-other)
    def __eq__(self, o):
        return (self.y, self.m, self.d) == (o.y, o.m, o.d)
    def __lt__(self, o):
        return (self.y, self.m, self.d) < (o.y, o.m, o.d)
    def __str__(self):
        return "%04d-%02d-%02d" % (self.y, self.m, self.d)
    def __repr__(self):
        return "Date(%s)" % self
    def dayname(self):
        return DAYS[weekday(self.y, self.m, self.d)]

print([y for y in (1900, 1996, 2000, 2023, 2024, 2100, 2400) if is_leap(y)])
for s in ["2000-01-01", "1969-07-20", "2024-02-29", "1999-12-31", "2038-01-19", "1582-10-15"]:
    dt = Date.parse(s)
    print(s, dt.dayname(), dt.ordinal(), DAYS[zeller(dt.y, dt.m, dt.d)])
a = Date(2024, 1, 31)
print(a + 1, a + 29, a + 30, a + 366, a - 31, a - Date(2023, 1, 31))
print(Date(2000, 3, 1) - Date(2000, 2, 28), Date(1900, 3, 1) - Date(1900, 2, 28))
for n in (1, 365, 366, 730120, 738000):
    print(n, from_ordinal(n), to_ordinal(*from_ordinal(n)) == n)
for bad in ["2023-02-29", "2024-13-01", "2024-04-31"]:
    try:
        Date.parse(bad)
    except ValueError as e:
        print("ValueError:", e)

def month_calendar(y, m):
    lines = ["{:^20}".format("%s %d" % (MONTHS[m - 1], y)), "Mo Tu We Th Fr Sa Su"]
    first = weekday(y, m, 1)
    cells = ["  "] * first + ["%2d" % d for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)

print(month_calendar(2024, 2))
print(month_calendar(2023, 10))
fri13 = [str(Date(y, m, 13)) for y in (2023, 2024, 2025) for m in range(1, 13) if weekday(y, m, 13) == 4]
print(fri13)
dates = sorted(Date.parse(s) for s in ["2021-05-04", "2020-12-25", "2021-01-01", "2020-02-29"])
print(dates, min(dates), max(dates))
def easter(y):
    a = y % 19; b = y // 100; c = y % 100
    d = b // 4; e = b % 4; f = (b + 8) // 25
    g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
    i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return Date(y, month, day)
print([str(easter(y)) for y in range(2020, 2028)])
secs = 1700000000
days, rem = divmod(secs, 86400)
h, rem = divmod(rem, 3600)
mi, s = divmod(rem, 60)
print(Date(1970, 1, 1) + days, "%02d:%02d:%02d" % (h, mi, s))

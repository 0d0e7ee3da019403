items = [
    ("widget", "tools", 3, 2.50),
    ("gadget", "tools", 10, 1.25),
    ("apple", "food", 50, 0.30),
    ("pear", "food", 0, 0.45),
    ("hammer", "tools", 2, 15.00),
    ("bread", "food", 7, 2.10),
]
by_cat = {}
for name, cat, qty, price in items:
    by_cat.setdefault(cat, []).append((name, qty, price))
for cat in sorted(by_cat):
    rows = sorted(by_cat[cat], key=lambda r: -r[1] * r[2])
    print("== %s ==" % cat.upper())
    for name, qty, price in rows:
        print("%-8s %4d x %6.2f = %8.2f" % (name, qty, price, qty * price))
    total = sum(q * p for _, q, p in rows)
    print("%-8s %22.2f" % ("total", total))
out_of_stock = [n for n, _, q, _ in items if q == 0]
print("out of stock:", ", ".join(out_of_stock) or "none")
cheapest = min(items, key=lambda r: r[3])
priciest = max(items, key=lambda r: r[3])
print("cheapest {0[0]} at {0[3]:.2f}, priciest {1[0]} at {1[3]:.2f}".format(cheapest, priciest))
print("{:>10}|{:^10}|{:<10}|".format("right", "center", "left"))
counts = {}
for _, cat, qty, _ in items:
    counts[cat] = counts.get(cat, 0) + qty
print(sorted(counts.items()))

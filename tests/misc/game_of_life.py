def step(cells, w, h):
    new = set()
    for y in range(h):
        for x in range(w):
            n = sum((x + dx, y + dy) in cells for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
            if n == 3 or (n == 2 and (x, y) in cells):
                new.add((x, y))
    return new
def show(cells, w, h):
    for y in range(h):
        print("".join("#" if (x, y) in cells else "." for x in range(w)))
    print()
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
cells = glider
for gen in range(4):
    show(cells, 8, 6)
    cells = step(cells, 8, 6)
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker, 3, 3)), step(step(blinker, 3, 3), 3, 3) == blinker)

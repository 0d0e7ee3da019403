# Cellular automata: Game of Life on sets of tuples, elementary CA rules, Langton's ant

def life_step(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    k = (r + dr, c + dc)
                    counts[k] = counts.get(k, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def show(live, r0, r1, c0, c1):
    return '\n'.join(''.join('#' if (r, c) in live else '.' for c in range(c0, c1)) for r in range(r0, r1))

def bbox(live):
    rs = [r for r, _ in live]
    cs = [c for _, c in live]
    return min(rs), max(rs), min(cs), max(cs)

glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
g = set(glider)
for gen in range(5):
    print("gen", gen, sorted(g), bbox(g))
    g = life_step(g)
print(show(g, 0, 5, 0, 5))
shifted = {(r - 1, c - 1) for r, c in life_step(life_step(life_step(life_step(glider))))}
print("glider translates:", shifted == glider)
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(life_step(blinker)), life_step(life_step(blinker)) == blinker)
rpent = {(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)}
pop = []
cur = rpent
for i in range(60):
    cur = life_step(cur)
    pop.append(len(cur))
print(pop[:20], max(pop), pop[-1])

def elementary(rule, width, steps):
    row = [0] * width
    row[width // 2] = 1
    table = [(rule >> i) & 1 for i in range(8)]
    out = []
    for _ in range(steps):
        out.append(''.join('X' if x else ' ' for x in row).rstrip())
        row = [table[(row[(i - 1) % width] << 2) | (row[i] << 1) | row[(i + 1) % width]] for i in range(width)]
    return out

for line in elementary(90, 31, 16):
    print('|' + line)
r30 = elementary(30, 41, 20)
print(sum(l.count('X') for l in r30), r30[-1].count('X'))

def langton(steps, size=11):
    grid = [[0] * size for _ in range(size)]
    r = c = size // 2
    d = 0
    dirs = [(-1, 0), (0, 1), (1, 0), (0, -1)]
    for _ in range(steps):
        if grid[r][c]:
            d = (d - 1) % 4
        else:
            d = (d + 1) % 4
        grid[r][c] ^= 1
        r = (r + dirs[d][0]) % size
        c = (c + dirs[d][1]) % size
    return grid, (r, c, d)

grid, pos = langton(200)
print(pos, sum(map(sum, grid)))
for row in grid:
    print(''.join('@' if v else '.' for v in row))
bits = 0
for i, row in enumerate(grid):
    for j, v in enumerate(row):
        if v:
            bits |= 1 << (i * 11 + j)
print(hex(bits), bits.bit_length())

# Sudoku solver with constraint propagation + backtracking; n-queens counting

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

class Sudoku:
    def __init__(self, text):
        rows = [r for r in text.strip().split('\n')]
        self.g = [[0 if ch == '.' else int(ch) for ch in r] for r in rows]
        self.steps = 0

    def candidates(self, r, c):
        used = set(self.g[r])
        used.update(self.g[i][c] for i in range(9))
        br, bc = 3 * (r // 3), 3 * (c // 3)
        for i in range(br, br + 3):
            used.update(self.g[i][bc:bc + 3])
        return [v for v in range(1, 10) if v not in used]

    def propagate(self):
        changed = True
        filled = 0
        while changed:
            changed = False
            for r in range(9):
                for c in range(9):
                    if self.g[r][c] == 0:
                        cand = self.candidates(r, c)
                        if len(cand) == 1:
                            self.g[r][c] = cand[0]
                            filled += 1
                            changed = True
        return filled

    def solve(self):
        best = None
        for r in range(9):
            for c in range(9):
                if self.g[r][c] == 0:
                    cand = self.candidates(r, c)
                    if best is None or len(cand) < len(best[2]):
                        best = (r, c, cand)
        if best is None:
            return True
        r, c, cand = best
        for v in cand:
            self.steps += 1
            self.g[r][c] = v
            if self.solve():
                return True
        self.g[r][c] = 0
        return False

    def valid(self):
        units = []
        units += [row for row in self.g]
        units += [[self.g[r][c] for r in range(9)] for c in range(9)]
        units += [[self.g[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
                  for br in (0, 3, 6) for bc in (0, 3, 6)]
        return all(sorted(u) == list(range(1, 10)) for u in units)

    def __str__(self):
        out = []
        for r, row in enumerate(self.g):
            if r and r % 3 == 0:
                out.append('------+-------+------')
            s = ''
            for c, v in enumerate(row):
                if c and c % 3 == 0:
                    s += '| '
                s += (str(v) if v else '.') + ' '
            out.append(s.rstrip())
        return '\n'.join(out)

s = Sudoku(PUZZLE)
print(s)
print("candidates(0,2) =", s.candidates(0, 2))
print("propagated", s.propagate())
print("solved", s.solve(), "steps", s.steps, "valid", s.valid())
print(s)
hard = Sudoku("""
8........
..36.....
.7..9.2..
.5...7...
....457..
...1...3.
..1....68
..85...1.
.9....4..
""")
print("propagated", hard.propagate())
print("solved", hard.solve(), "valid", hard.valid(), "steps>0", hard.steps > 0)
print(hard)

def queens(n):
    count = 0
    first = None
    cols = [0] * n
    def place(row, used_c, d1, d2):
        nonlocal count, first
        if row == n:
            count += 1
            if first is None:
                first = cols[:]
            return
        for c in range(n):
            if not (used_c >> c) & 1 and not (d1 >> (row + c)) & 1 and not (d2 >> (row - c + n)) & 1:
                cols[row] = c
                place(row + 1, used_c | (1 << c), d1 | (1 << (row + c)), d2 | (1 << (row - c + n)))
    place(0, 0, 0, 0)
    return count, first

for n in range(1, 10):
    cnt, sol = queens(n)
    print(n, cnt, sol)
cnt, sol = queens(8)
for c in sol:
    print(' '.join('Q' if i == c else '.' for i in range(8)))

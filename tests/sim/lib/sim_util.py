# Helpers for the tests/sim programs (not a test).
def logo(d):
    d.fill(0)
    d.fill_rect(0, 0, 32, 32, 1)
    d.fill_rect(2, 2, 28, 28, 0)
    d.vline(9, 8, 22, 1)
    d.vline(16, 2, 22, 1)
    d.vline(23, 8, 22, 1)
    d.fill_rect(26, 24, 2, 4, 1)
    d.text('MicroPython', 40, 0, 1)
    d.text('SSD1306', 40, 12, 1)
    d.text('OLED 128x64', 40, 24, 1)


def dump(d):
    # The framebuffer as ASCII art, two rows per line, and a checksum.
    s = 0
    for b in d.buffer:
        s = (s * 31 + b) & 0xFFFFFFFF
    print('sum', hex(s), len(d.buffer))
    for y in range(0, d.height, 2):
        row = ''
        for x in range(d.width):
            a = d.pixel(x, y)
            b = d.pixel(x, y + 1) if y + 1 < d.height else 0
            row += ' \'.:'[a | (b << 1)] if False else (' ', '"', '.', ':')[a | (b << 1)]
        print(row.rstrip())

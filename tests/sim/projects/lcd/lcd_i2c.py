# HD44780 through a PCF8574 backpack: P0 RS, P1 RW, P2 E, P3 backlight, P4..P7 = D4..D7.
import time

RS, RW, EN, BL = 0x01, 0x02, 0x04, 0x08


class LcdI2c:
    def __init__(self, i2c, addr=0x27, rows=2, cols=16):
        self.i2c, self.addr, self.rows, self.cols = i2c, addr, rows, cols
        self.bl = BL
        self.i2c.writeto(self.addr, bytes([0]))
        time.sleep_ms(50)
        for _ in range(3):                 # 8-bit mode, three times (datasheet figure 24)
            self._nibble(0x30, 0)
            time.sleep_ms(5)
        self._nibble(0x20, 0)              # 4-bit mode
        self.cmd(0x28)                     # 2 lines, 5x8 dots
        self.cmd(0x08)                     # display off
        self.cmd(0x01)                     # clear
        time.sleep_ms(2)
        self.cmd(0x06)                     # entry mode: increment
        self.cmd(0x0c)                     # display on, cursor off

    def _nibble(self, nib, rs):
        b = (nib & 0xf0) | rs | self.bl
        self.i2c.writeto(self.addr, bytes([b | EN, b]))

    def _byte(self, v, rs):
        self._nibble(v & 0xf0, rs)
        self._nibble((v << 4) & 0xf0, rs)

    def cmd(self, c):
        self._byte(c, 0)
        if c <= 3:
            time.sleep_ms(2)

    def clear(self):
        self.cmd(0x01)

    def move_to(self, col, row):
        self.cmd(0x80 | (col + (0x40 if row & 1 else 0) + (self.cols if row & 2 else 0)))

    def putstr(self, s):
        for ch in s:
            self._byte(ord(ch), RS)

    def custom_char(self, loc, rows):
        self.cmd(0x40 | (loc & 7) << 3)
        for r in rows:
            self._byte(r, RS)

    def backlight(self, on):
        self.bl = BL if on else 0
        self.i2c.writeto(self.addr, bytes([self.bl]))

# ssd1306.py: a driver for SSD1306 OLED panels over I2C or 4-wire SPI, written for this
# project with the API of MicroPython's standard driver (SSD1306_I2C / SSD1306_SPI, a
# framebuf.FrameBuffer subclass with show, poweroff, poweron, contrast, invert, rotate), and the
# same command stream (every command and parameter byte sent on its own, then one data burst),
# so firmware written for the standard driver runs unchanged.
import framebuf

_INIT_PARAMS = None  # computed per panel in init_display


class SSD1306(framebuf.FrameBuffer):
    def __init__(self, width, height, external_vcc):
        self.width = width
        self.height = height
        self.external_vcc = external_vcc
        self.pages = height // 8
        self.buffer = bytearray(self.pages * width)
        super().__init__(self.buffer, width, height, framebuf.MONO_VLSB)
        self.init_display()

    def _startup_commands(self):
        tall = self.width > 2 * self.height
        return (
            0xAE,                       # display off
            0x20, 0x00,                 # horizontal addressing
            0x40,                       # start line 0
            0xA1,                       # column 127 -> SEG0
            0xA8, self.height - 1,      # multiplex
            0xC8,                       # COM scan remapped
            0xD3, 0x00,                 # no offset
            0xDA, 0x02 if tall else 0x12,
            0xD5, 0x80,                 # clock
            0xD9, 0x22 if self.external_vcc else 0xF1,
            0xDB, 0x30,                 # VCOMH
            0x81, 0xFF,                 # contrast
            0xA4,                       # follow RAM
            0xA6,                       # not inverted
            0xAD, 0x30,                 # internal IREF
            0x8D, 0x10 if self.external_vcc else 0x14,
            0xAF,                       # display on
        )

    def init_display(self):
        for c in self._startup_commands():
            self.write_cmd(c)
        self.fill(0)
        self.show()

    def poweroff(self):
        self.write_cmd(0xAE)

    def poweron(self):
        self.write_cmd(0xAF)

    def contrast(self, contrast):
        self.write_cmd(0x81)
        self.write_cmd(contrast)

    def invert(self, invert):
        self.write_cmd(0xA6 | (invert & 1))

    def rotate(self, rotate):
        self.write_cmd(0xC0 | ((rotate & 1) << 3))
        self.write_cmd(0xA0 | (rotate & 1))

    def show(self):
        first = 0
        last = self.width - 1
        if self.width != 128:
            # narrow panels show the middle of the 128-column RAM
            shift = (128 - self.width) // 2
            first += shift
            last += shift
        for c in (0x21, first, last, 0x22, 0, self.pages - 1):
            self.write_cmd(c)
        self.write_data(self.buffer)


class SSD1306_I2C(SSD1306):
    def __init__(self, width, height, i2c, addr=0x3C, external_vcc=False):
        self.i2c = i2c
        self.addr = addr
        self._cmd = bytearray(2)
        self._cmd[0] = 0x80
        self._data_prefix = [b"\x40", None]
        super().__init__(width, height, external_vcc)

    def write_cmd(self, cmd):
        self._cmd[1] = cmd
        self.i2c.writeto(self.addr, self._cmd)

    def write_data(self, buf):
        self._data_prefix[1] = buf
        self.i2c.writevto(self.addr, self._data_prefix)


class SSD1306_SPI(SSD1306):
    def __init__(self, width, height, spi, dc, res, cs, external_vcc=False):
        self.rate = 10 * 1024 * 1024
        dc.init(dc.OUT, value=0)
        res.init(res.OUT, value=0)
        cs.init(cs.OUT, value=1)
        self.spi = spi
        self.dc = dc
        self.res = res
        self.cs = cs
        import time
        res(1)
        time.sleep_ms(1)
        res(0)
        time.sleep_ms(10)
        res(1)
        super().__init__(width, height, external_vcc)

    def _send(self, dc, buf):
        self.spi.init(baudrate=self.rate, polarity=0, phase=0)
        self.cs(1)
        self.dc(dc)
        self.cs(0)
        self.spi.write(buf)
        self.cs(1)

    def write_cmd(self, cmd):
        self._send(0, bytearray((cmd,)))

    def write_data(self, buf):
        self._send(1, buf)

// lib/framebuf/modframebuf.c: the `framebuf` module, MicroPython's drawing surface for displays.
//
// A FrameBuffer is a width x height grid of pixels laid over another object's writable buffer
// (bytearray, memoryview, array, another FrameBuffer...). Pixel (x, y), origin top-left, lives
// at (stride is in pixels; the constructor rounds it up so that every row starts on a byte):
//
//   format        value  where                          bits of the pixel          stride
//   MONO_VLSB(=MVLSB) 0  byte (y >> 3) * stride + x     bit (y & 7), bit 0 = top   as given
//   RGB565            1  uint16 at x + y * stride       16, native byte order      as given
//   GS4_HMSB          2  byte (x + y * stride) >> 1     even x: bits 7..4, odd: 3..0   x 2
//   MONO_HLSB         3  byte (x + y * stride) >> 3     bit 7 - (x & 7)            x 8
//   MONO_HMSB         4  byte (x + y * stride) >> 3     bit x & 7                  x 8
//   GS2_HMSB          5  byte (x + y * stride) >> 2     bits (x & 3) * 2 + 1..0    x 4
//   GS8               6  byte x + y * stride            8                          as given
//
// MONO_VLSB is the SSD1306's GDDRAM page layout. A colour is an int cut to its low 32 bits;
// mono formats store (colour != 0), the others its low 2/4/8/16 bits.
//
// Invariants:
// - The object keeps the exporter (buf_obj), not a pointer into it: every method fetches the
//   buffer afresh and checks it still holds every pixel (a bytearray can shrink after the
//   FrameBuffer was made), so a drawing call never touches memory outside the buffer.
// - Rasterisation is MicroPython's, pixel for pixel: golden display images depend on it.
//   line() is a Bresenham walk along the major axis that always sets the end point; ellipse()
//   is Kennedy's two-region midpoint walk; poly() fills by scanline with nodes rounded from
//   fixed point; text() draws the PetMe128 8x8 font (font_8x8.h) one column byte at a time.
// - Only pixels inside the grid are ever written. Walks are clipped to the grid before they
//   start, so huge coordinates cost no more than small ones, and no arithmetic overflows:
//   rectangles (hline, vline, rect, fill_rect) take any machine int, their ends computed in
//   128 bits; positions of the other shapes are clamped to +-2^61, which changes nothing
//   visible (a shape that far out misses the grid, and MicroPython's own 64-bit line
//   arithmetic overflows beyond it); ellipse radii are clamped to 2^20 and poly vertices to
//   +-2^40, where MicroPython's products overflow long before.
#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include "lib/framebuf/font_8x8.h"

#define FRAMEBUF_MVLSB (0)
#define FRAMEBUF_RGB565 (1)
#define FRAMEBUF_GS4_HMSB (2)
#define FRAMEBUF_MHLSB (3)
#define FRAMEBUF_MHMSB (4)
#define FRAMEBUF_GS2_HMSB (5)
#define FRAMEBUF_GS8 (6)

#define FRAMEBUF_DIM_MAX (0xffff)
#define FRAMEBUF_COORD_LIMIT ((mp_int_t)1 << 61)
#define FRAMEBUF_VERTEX_LIMIT ((mp_int_t)1 << 40)
#define FRAMEBUF_RADIUS_LIMIT ((mp_int_t)1 << 20)

// Ellipse quadrant mask: bit 0 = Q1 (top right), then counter-clockwise; FILL is internal.
#define FRAMEBUF_ELLIPSE_Q1 (0x01)
#define FRAMEBUF_ELLIPSE_Q2 (0x02)
#define FRAMEBUF_ELLIPSE_Q3 (0x04)
#define FRAMEBUF_ELLIPSE_Q4 (0x08)
#define FRAMEBUF_ELLIPSE_ALL (0x0f)
#define FRAMEBUF_ELLIPSE_FILL (0x10)

typedef __int128 framebuf_wide_t;   // sums of two machine ints, products of two coordinates

// The Python object. width/height are 1..0xffff; stride >= width, <= 0xffff before rounding
// (so up to 0x10000 after it).
typedef struct _framebuf_obj_t {
    mp_obj_base_t base;
    mp_obj_t buf_obj;      // the exporter of the pixel memory (kept alive by this reference)
    uint32_t width;
    uint32_t height;
    uint32_t stride;       // in pixels
    uint8_t format;
} framebuf_obj_t;

// A checked view for the duration of one call: buf holds at least framebuf_bytes() bytes.
typedef struct _framebuf_t {
    uint8_t *buf;
    size_t len;            // bytes available at buf (>= what the geometry needs)
    mp_int_t width;
    mp_int_t height;
    mp_int_t stride;
    int format;
} framebuf_t;

extern const mp_obj_type_t framebuf_type;

// ---------------------------------------------------------------------------------------------
// Geometry and validation

// The stride rounded so that each row starts on a byte boundary; -1 for an unknown format.
static mp_int_t framebuf_round_stride(mp_int_t format, mp_int_t stride) {
    switch (format) {
        case FRAMEBUF_MVLSB:
        case FRAMEBUF_RGB565:
        case FRAMEBUF_GS8:
            return stride;
        case FRAMEBUF_MHLSB:
        case FRAMEBUF_MHMSB:
            return (stride + 7) & ~(mp_int_t)7;
        case FRAMEBUF_GS2_HMSB:
            return (stride + 3) & ~(mp_int_t)3;
        case FRAMEBUF_GS4_HMSB:
            return (stride + 1) & ~(mp_int_t)1;
        default:
            return -1;
    }
}

// Bytes of memory the grid covers, the last row counted up to its full stride.
static size_t framebuf_bytes(int format, size_t height, size_t stride) {
    switch (format) {
        case FRAMEBUF_MVLSB:
            return (height + 7) / 8 * stride;
        case FRAMEBUF_RGB565:
            return 2 * stride * height;
        case FRAMEBUF_GS4_HMSB:
            return stride * height / 2;
        case FRAMEBUF_MHLSB:
        case FRAMEBUF_MHMSB:
            return stride * height / 8;
        case FRAMEBUF_GS2_HMSB:
            return stride * height / 4;
        default:
            return stride * height;
    }
}

// Checks a geometry as the constructor takes it; returns the rounded stride. MicroPython
// raises a bare ValueError for every bad size, and "invalid format" for the format.
static mp_int_t framebuf_check_geometry(mp_int_t width, mp_int_t height, mp_int_t format, mp_int_t stride) {
    if (width < 1 || height < 1 || width > FRAMEBUF_DIM_MAX || height > FRAMEBUF_DIM_MAX
        || stride < width || stride > FRAMEBUF_DIM_MAX) {
        mp_raise_type(&mp_type_ValueError);
    }
    mp_int_t rounded = framebuf_round_stride(format, stride);
    if (rounded < 0) {
        mp_raise_ValueError("invalid format");
    }
    return rounded;
}

// Fills *fb from a buffer object and a checked geometry; raises if the memory is too small.
static void framebuf_bind(framebuf_t *fb, mp_obj_t buf_obj, mp_int_t width, mp_int_t height,
    mp_int_t stride, int format, mp_uint_t access) {
    mp_buffer_info_t bufinfo;
    mp_get_buffer_raise(buf_obj, &bufinfo, access);
    if (bufinfo.len < framebuf_bytes(format, height, stride)) {
        mp_raise_type(&mp_type_ValueError);
    }
    fb->buf = bufinfo.buf;
    fb->len = bufinfo.len;
    fb->width = width;
    fb->height = height;
    fb->stride = stride;
    fb->format = format;
}

// The FrameBuffer inside o (o itself, or the native part of an instance of a subclass), or
// NULL if o is neither.
static framebuf_obj_t *framebuf_native(mp_obj_t o) {
    if (!mp_obj_is_obj(o)) {
        return NULL;
    }
    if (!mp_obj_is_type(o, &framebuf_type)) {
        o = mp_obj_get_native(o, &framebuf_type);
        if (!mp_obj_is_type(o, &framebuf_type)) {
            return NULL;
        }
    }
    return MP_OBJ_TO_PTR(o);
}

static void framebuf_bind_obj(framebuf_t *fb, framebuf_obj_t *self, mp_uint_t access) {
    framebuf_bind(fb, self->buf_obj, self->width, self->height, self->stride, self->format, access);
}

// The drawing target of a method call. Called after every other argument is converted:
// a conversion can run Python code (__index__, __bool__) that resizes the buffer.
static void framebuf_get_self(framebuf_t *fb, mp_obj_t self_in) {
    framebuf_obj_t *self = framebuf_native(self_in);
    if (self == NULL) {
        mp_raise_TypeError("FrameBuffer required");
    }
    framebuf_bind_obj(fb, self, MP_BUFFER_WRITE);
}

// A blit source or palette, converted but not yet bound to its memory.
typedef struct _framebuf_source_t {
    mp_obj_t buf_obj;
    mp_int_t width, height, stride;
    int format;
} framebuf_source_t;

// A FrameBuffer, or (buffer, width, height, format[, stride]) whose buffer may be read-only.
static void framebuf_parse_source(framebuf_source_t *src, mp_obj_t o) {
    framebuf_obj_t *fbo = framebuf_native(o);
    if (fbo != NULL) {
        src->buf_obj = fbo->buf_obj;
        src->width = fbo->width;
        src->height = fbo->height;
        src->stride = fbo->stride;
        src->format = fbo->format;
        return;
    }
    if (!mp_obj_is_type(o, &mp_type_tuple) && !mp_obj_is_type(o, &mp_type_list)) {
        mp_raise_TypeError("FrameBuffer or tuple required");
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_get_array(o, &n, &items);
    if (n < 4 || n > 5) {
        mp_raise_type(&mp_type_ValueError);
    }
    src->buf_obj = items[0];
    src->width = mp_obj_get_int(items[1]);
    src->height = mp_obj_get_int(items[2]);
    mp_int_t format = mp_obj_get_int(items[3]);
    mp_int_t stride = n > 4 ? mp_obj_get_int(items[4]) : src->width;
    src->stride = framebuf_check_geometry(src->width, src->height, format, stride);
    src->format = (int)format;
}

static void framebuf_bind_source(framebuf_t *fb, const framebuf_source_t *src) {
    framebuf_bind(fb, src->buf_obj, src->width, src->height, src->stride, src->format, MP_BUFFER_READ);
}

static mp_int_t framebuf_clamp(framebuf_wide_t v, mp_int_t limit) {
    return v > limit ? limit : v < -limit ? -limit : (mp_int_t)v;
}

// A position argument of a shape other than a rectangle, clamped to +-2^61 (see the header).
static mp_int_t framebuf_coord(mp_obj_t o) {
    return framebuf_clamp(mp_obj_get_int(o), FRAMEBUF_COORD_LIMIT);
}

static uint32_t framebuf_colour(mp_obj_t o) {
    return (uint32_t)mp_obj_get_int(o);
}

// ---------------------------------------------------------------------------------------------
// Pixels (x < width, y < height: callers clip)

static void framebuf_setpixel(const framebuf_t *fb, size_t x, size_t y, uint32_t col) {
    uint8_t *p;
    unsigned shift;
    switch (fb->format) {
        case FRAMEBUF_MVLSB:
            p = fb->buf + (y >> 3) * fb->stride + x;
            shift = y & 7;
            *p = (uint8_t)((*p & ~(1u << shift)) | ((col != 0) << shift));
            break;
        case FRAMEBUF_RGB565: {
            uint16_t v = (uint16_t)col;
            memcpy(fb->buf + 2 * (x + y * fb->stride), &v, 2);
            break;
        }
        case FRAMEBUF_GS4_HMSB:
            p = fb->buf + ((x + y * fb->stride) >> 1);
            shift = (x & 1) ? 0 : 4;
            *p = (uint8_t)((*p & ~(0x0fu << shift)) | ((col & 0x0f) << shift));
            break;
        case FRAMEBUF_MHLSB:
        case FRAMEBUF_MHMSB:
            p = fb->buf + ((x + y * fb->stride) >> 3);
            shift = fb->format == FRAMEBUF_MHMSB ? (x & 7) : 7 - (x & 7);
            *p = (uint8_t)((*p & ~(1u << shift)) | ((col != 0) << shift));
            break;
        case FRAMEBUF_GS2_HMSB:
            p = fb->buf + ((x + y * fb->stride) >> 2);
            shift = (x & 3) << 1;
            *p = (uint8_t)((*p & ~(3u << shift)) | ((col & 3) << shift));
            break;
        default:
            fb->buf[x + y * fb->stride] = (uint8_t)col;
            break;
    }
}

// The byte offset of pixel (x, y) and whether it fits in the memory; x may exceed the width
// (a palette indexed past its end reads on along the memory, as MicroPython's does).
static bool framebuf_pixel_offset(const framebuf_t *fb, size_t x, size_t y, size_t *offset) {
    size_t off;
    switch (fb->format) {
        case FRAMEBUF_MVLSB:
            off = (y >> 3) * fb->stride + x;
            break;
        case FRAMEBUF_RGB565:
            off = 2 * (x + y * fb->stride);
            *offset = off;
            return off + 1 < fb->len;
        case FRAMEBUF_GS4_HMSB:
            off = (x + y * fb->stride) >> 1;
            break;
        case FRAMEBUF_MHLSB:
        case FRAMEBUF_MHMSB:
            off = (x + y * fb->stride) >> 3;
            break;
        case FRAMEBUF_GS2_HMSB:
            off = (x + y * fb->stride) >> 2;
            break;
        default:
            off = x + y * fb->stride;
            break;
    }
    *offset = off;
    return off < fb->len;
}

// The colour at (x, y); 0 where the memory ends (only reachable through a palette index).
static uint32_t framebuf_getpixel(const framebuf_t *fb, size_t x, size_t y) {
    size_t off;
    if (!framebuf_pixel_offset(fb, x, y, &off)) {
        return 0;
    }
    const uint8_t *p = fb->buf + off;
    switch (fb->format) {
        case FRAMEBUF_MVLSB:
            return (*p >> (y & 7)) & 1;
        case FRAMEBUF_RGB565: {
            uint16_t v;
            memcpy(&v, p, 2);
            return v;
        }
        case FRAMEBUF_GS4_HMSB:
            return (x & 1) ? (*p & 0x0f) : (*p >> 4);
        case FRAMEBUF_MHLSB:
            return (*p >> (7 - (x & 7))) & 1;
        case FRAMEBUF_MHMSB:
            return (*p >> (x & 7)) & 1;
        case FRAMEBUF_GS2_HMSB:
            return (*p >> ((x & 3) << 1)) & 3;
        default:
            return *p;
    }
}

static void framebuf_setpixel_checked(const framebuf_t *fb, mp_int_t x, mp_int_t y, uint32_t col) {
    if (x >= 0 && x < fb->width && y >= 0 && y < fb->height) {
        framebuf_setpixel(fb, (size_t)x, (size_t)y, col);
    }
}

// ---------------------------------------------------------------------------------------------
// Rectangles: byte-wise where a whole byte holds pixels of the rectangle only

// Pixels per byte of the horizontally packed formats, and the byte that sets them all to col.
static unsigned framebuf_packed(int format, uint32_t col, uint8_t *fill_byte) {
    switch (format) {
        case FRAMEBUF_MHLSB:
        case FRAMEBUF_MHMSB:
            *fill_byte = col ? 0xff : 0x00;
            return 8;
        case FRAMEBUF_GS2_HMSB:
            *fill_byte = (uint8_t)((col & 3) * 0x55);
            return 4;
        case FRAMEBUF_GS4_HMSB:
            *fill_byte = (uint8_t)((col & 0x0f) * 0x11);
            return 2;
        default:
            *fill_byte = (uint8_t)col;
            return 1;
    }
}

// Fills a rectangle that lies inside the grid (w, h >= 1).
static void framebuf_fill_rect_inside(const framebuf_t *fb, size_t x, size_t y, size_t w, size_t h, uint32_t col) {
    if (fb->format == FRAMEBUF_MVLSB) {
        // one mask per 8-row page, applied to the w column bytes of that page
        for (size_t yy = y; yy < y + h;) {
            size_t page_end = (yy | 7) + 1;
            size_t rows_end = page_end < y + h ? page_end : y + h;
            uint8_t mask = (uint8_t)(((1u << (rows_end - yy)) - 1) << (yy & 7));
            uint8_t *p = fb->buf + (yy >> 3) * fb->stride + x;
            if (mask == 0xff) {
                memset(p, col ? 0xff : 0x00, w);
            } else if (col) {
                for (size_t i = 0; i < w; i++) {
                    p[i] |= mask;
                }
            } else {
                for (size_t i = 0; i < w; i++) {
                    p[i] &= (uint8_t)~mask;
                }
            }
            yy = rows_end;
        }
        return;
    }
    if (fb->format == FRAMEBUF_RGB565) {
        uint16_t v = (uint16_t)col;
        for (size_t yy = y; yy < y + h; yy++) {
            uint8_t *p = fb->buf + 2 * (x + yy * fb->stride);
            for (size_t i = 0; i < w; i++) {
                memcpy(p + 2 * i, &v, 2);
            }
        }
        return;
    }
    // Packed rows start on a byte (the stride is rounded): pixels up to the first byte
    // boundary one by one, whole bytes with memset, then the tail pixels.
    uint8_t fill_byte;
    size_t ppb = framebuf_packed(fb->format, col, &fill_byte);
    for (size_t yy = y; yy < y + h; yy++) {
        size_t xx = x, xend = x + w;
        while (xx < xend && xx % ppb != 0) {
            framebuf_setpixel(fb, xx++, yy, col);
        }
        size_t whole = (xend - xx) / ppb;
        if (whole > 0) {
            memset(fb->buf + (xx + yy * fb->stride) / ppb, fill_byte, whole);
            xx += whole * ppb;
        }
        while (xx < xend) {
            framebuf_setpixel(fb, xx++, yy, col);
        }
    }
}

// Fills the part of a rectangle inside the grid; any machine ints (the ends are computed wide).
static void framebuf_fill_rect(const framebuf_t *fb, mp_int_t x, mp_int_t y, mp_int_t w, mp_int_t h, uint32_t col) {
    framebuf_wide_t xend = (framebuf_wide_t)x + w, yend = (framebuf_wide_t)y + h;
    if (w < 1 || h < 1 || x >= fb->width || y >= fb->height || xend <= 0 || yend <= 0) {
        return;
    }
    if (xend > fb->width) {
        xend = fb->width;
    }
    if (yend > fb->height) {
        yend = fb->height;
    }
    if (x < 0) {
        x = 0;
    }
    if (y < 0) {
        y = 0;
    }
    framebuf_fill_rect_inside(fb, (size_t)x, (size_t)y, (size_t)(xend - x), (size_t)(yend - y), col);
}

// ---------------------------------------------------------------------------------------------
// Lines
//
// MicroPython's walk: with dx = |x2 - x1|, dy = |y2 - y1|, the major axis is y only when
// dy > dx. Along it, for i = 0 .. d_major - 1, the point (major1 + s_major * i, minor1 + s_minor
// * k) is set, where the error e starts at 2 d_minor - d_major and, after each point, k grows
// while e >= 0 (e -= 2 d_major) and then e += 2 d_minor. Finally (x2, y2) is set, so a line
// of length zero is one pixel. Solved in closed form, k at step i is
// floor((2 d_minor i + d_major) / (2 d_major)): the walk starts at the first step that lands
// on the grid and stops after the last one, with the error state computed for that step.

// Endpoints within +-2^61: the differences fit a machine int, the error term is kept wide.
static void framebuf_line(const framebuf_t *fb, mp_int_t x1, mp_int_t y1, mp_int_t x2, mp_int_t y2, uint32_t col) {
    mp_int_t dx = x2 - x1, sx = 1;
    if (dx <= 0) {
        dx = -dx;
        sx = -1;
    }
    mp_int_t dy = y2 - y1, sy = 1;
    if (dy <= 0) {
        dy = -dy;
        sy = -1;
    }
    bool steep = dy > dx;
    mp_int_t a1 = steep ? y1 : x1, sa = steep ? sy : sx, da = steep ? dy : dx, a_dim = steep ? fb->height : fb->width;
    mp_int_t b1 = steep ? x1 : y1, sb = steep ? sx : sy, db = steep ? dx : dy, b_dim = steep ? fb->width : fb->height;

    if (da > 0) {
        // steps i in [0, da - 1] whose major coordinate a1 + sa * i is in [0, a_dim)
        mp_int_t i_lo, i_hi;
        if (sa > 0) {
            i_lo = -a1;
            i_hi = a_dim - 1 - a1;
        } else {
            i_lo = a1 - (a_dim - 1);
            i_hi = a1;
        }
        if (i_lo < 0) {
            i_lo = 0;
        }
        if (i_hi > da - 1) {
            i_hi = da - 1;
        }
        if (i_lo <= i_hi) {
            framebuf_wide_t num = (framebuf_wide_t)2 * db * i_lo + da;
            mp_int_t k = (mp_int_t)(num / ((framebuf_wide_t)2 * da));
            framebuf_wide_t e = (framebuf_wide_t)2 * db - da + (framebuf_wide_t)2 * db * i_lo - (framebuf_wide_t)2 * da * k;
            mp_int_t a = a1 + sa * i_lo;
            for (mp_int_t i = i_lo; i <= i_hi; i++) {
                mp_int_t b = b1 + sb * k;
                if (b >= 0 && b < b_dim) {
                    if (steep) {
                        framebuf_setpixel(fb, (size_t)b, (size_t)a, col);
                    } else {
                        framebuf_setpixel(fb, (size_t)a, (size_t)b, col);
                    }
                }
                while (e >= 0) {
                    k++;
                    e -= (framebuf_wide_t)2 * da;
                }
                e += (framebuf_wide_t)2 * db;
                a += sa;
            }
        }
    }
    framebuf_setpixel_checked(fb, x2, y2, col);
}

// ---------------------------------------------------------------------------------------------
// Ellipses
//
// Kennedy's midpoint walk over one quadrant, mirrored into the four. Region 1 starts at
// (xr, 0) and steps y up while the tangent is steeper than 45 degrees; region 2 starts at
// (0, yr) and steps x up for the rest. Points (or, filled, the row spans from the centre
// column out to them) are drawn at every step, so rows overlap between regions exactly as in
// MicroPython's.

static void framebuf_ellipse_points(const framebuf_t *fb, mp_int_t cx, mp_int_t cy, mp_int_t x, mp_int_t y, uint32_t col, unsigned mask) {
    if (mask & FRAMEBUF_ELLIPSE_FILL) {
        if (mask & FRAMEBUF_ELLIPSE_Q1) {
            framebuf_fill_rect(fb, cx, cy - y, x + 1, 1, col);
        }
        if (mask & FRAMEBUF_ELLIPSE_Q2) {
            framebuf_fill_rect(fb, cx - x, cy - y, x + 1, 1, col);
        }
        if (mask & FRAMEBUF_ELLIPSE_Q3) {
            framebuf_fill_rect(fb, cx - x, cy + y, x + 1, 1, col);
        }
        if (mask & FRAMEBUF_ELLIPSE_Q4) {
            framebuf_fill_rect(fb, cx, cy + y, x + 1, 1, col);
        }
    } else {
        if (mask & FRAMEBUF_ELLIPSE_Q1) {
            framebuf_setpixel_checked(fb, cx + x, cy - y, col);
        }
        if (mask & FRAMEBUF_ELLIPSE_Q2) {
            framebuf_setpixel_checked(fb, cx - x, cy - y, col);
        }
        if (mask & FRAMEBUF_ELLIPSE_Q3) {
            framebuf_setpixel_checked(fb, cx - x, cy + y, col);
        }
        if (mask & FRAMEBUF_ELLIPSE_Q4) {
            framebuf_setpixel_checked(fb, cx + x, cy + y, col);
        }
    }
}

static void framebuf_ellipse(const framebuf_t *fb, mp_int_t cx, mp_int_t cy, mp_int_t xr, mp_int_t yr, uint32_t col, unsigned mask) {
    if (xr == 0 && yr == 0) {
        // the walk below would never leave region 1
        if (mask & FRAMEBUF_ELLIPSE_ALL) {
            framebuf_setpixel_checked(fb, cx, cy, col);
        }
        return;
    }
    if (xr >= 0 && yr >= 0
        && (cx + xr < 0 || cx - xr >= fb->width || cy + yr < 0 || cy - yr >= fb->height)) {
        return;   // every point lies in the bounding box, which misses the grid
    }
    framebuf_wide_t two_a2 = (framebuf_wide_t)2 * xr * xr;
    framebuf_wide_t two_b2 = (framebuf_wide_t)2 * yr * yr;

    // region 1: from (xr, 0), y advances every step
    mp_int_t x = xr, y = 0;
    framebuf_wide_t x_change = (framebuf_wide_t)yr * yr * (1 - 2 * xr);
    framebuf_wide_t y_change = (framebuf_wide_t)xr * xr;
    framebuf_wide_t error = 0;
    framebuf_wide_t stop_x = two_b2 * xr, stop_y = 0;
    while (stop_x >= stop_y) {
        framebuf_ellipse_points(fb, cx, cy, x, y, col, mask);
        y++;
        stop_y += two_a2;
        error += y_change;
        y_change += two_a2;
        if (2 * error + x_change > 0) {
            x--;
            stop_x -= two_b2;
            error += x_change;
            x_change += two_b2;
        }
    }

    // region 2: from (0, yr), x advances every step
    x = 0;
    y = yr;
    x_change = (framebuf_wide_t)yr * yr;
    y_change = (framebuf_wide_t)xr * xr * (1 - 2 * yr);
    error = 0;
    stop_x = 0;
    stop_y = two_a2 * yr;
    while (stop_x <= stop_y) {
        framebuf_ellipse_points(fb, cx, cy, x, y, col, mask);
        x++;
        stop_x += two_b2;
        error += x_change;
        x_change += two_b2;
        if (2 * error + y_change > 0) {
            y--;
            stop_y -= two_a2;
            error += y_change;
            y_change += two_a2;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Polygons
//
// Vertices v[0..n-1] (relative to (x, y)); the edges are walked v0 -> v[n-1] -> ... -> v1 -> v0.
// Outline: a line per edge. Fill, for each row r between the lowest and highest vertex: an
// edge (p1 -> p2) that is not horizontal crosses r when r lies in [min y, max y) of the edge
// (the bottom end excluded, so a vertex shared by two edges counts once) at node
// (32 p1.x + 32 (p2.x - p1.x) (r - p1.y) / (p2.y - p1.y) + 16) / 32 (C division, truncating);
// where r is the bottom row of an edge, the bottom vertex is set on its own (local maxima
// would otherwise be lost), or the whole edge when it is horizontal. The sorted nodes are
// joined in pairs by horizontal spans.

// An edge: offset (within 2^61) plus vertex (within 2^40), brought back within the line's range.
static void framebuf_poly_edge(const framebuf_t *fb, mp_int_t x1, mp_int_t y1, mp_int_t x2, mp_int_t y2, uint32_t col) {
    framebuf_line(fb, framebuf_clamp(x1, FRAMEBUF_COORD_LIMIT), framebuf_clamp(y1, FRAMEBUF_COORD_LIMIT),
        framebuf_clamp(x2, FRAMEBUF_COORD_LIMIT), framebuf_clamp(y2, FRAMEBUF_COORD_LIMIT), col);
}

static void framebuf_poly(const framebuf_t *fb, mp_int_t x, mp_int_t y, const mp_int_t *v, size_t n, uint32_t col, bool fill) {
    if (n == 0) {
        return;
    }
    if (!fill) {
        mp_int_t px1 = v[0], py1 = v[1];
        for (size_t i = n; i-- > 0;) {
            mp_int_t px2 = v[2 * i], py2 = v[2 * i + 1];
            framebuf_poly_edge(fb, x + px1, y + py1, x + px2, y + py2, col);
            px1 = px2;
            py1 = py2;
        }
        return;
    }
    mp_int_t y_min = v[1], y_max = v[1];
    for (size_t i = 1; i < n; i++) {
        mp_int_t py = v[2 * i + 1];
        y_min = py < y_min ? py : y_min;
        y_max = py > y_max ? py : y_max;
    }
    // rows off the grid draw nothing: every write of row r is on grid row y + r
    if (y_min < -y) {
        y_min = -y;
    }
    if (y_max > fb->height - 1 - y) {
        y_max = fb->height - 1 - y;
    }
    mp_int_t *nodes = m_new(mp_int_t, n);
    for (mp_int_t row = y_min; row <= y_max; row++) {
        size_t n_nodes = 0;
        mp_int_t px1 = v[0], py1 = v[1];
        for (size_t i = n; i-- > 0;) {
            mp_int_t px2 = v[2 * i], py2 = v[2 * i + 1];
            if (py1 != py2 && ((py1 > row && py2 <= row) || (py1 <= row && py2 > row))) {
                framebuf_wide_t num = (framebuf_wide_t)32 * (px2 - px1) * (row - py1) / (py2 - py1);
                nodes[n_nodes++] = (mp_int_t)(((framebuf_wide_t)32 * px1 + num + 16) / 32);
            } else if (row == (py1 > py2 ? py1 : py2)) {
                if (py1 < py2) {
                    framebuf_setpixel_checked(fb, x + px2, y + py2, col);
                } else if (py2 < py1) {
                    framebuf_setpixel_checked(fb, x + px1, y + py1, col);
                } else {
                    framebuf_poly_edge(fb, x + px1, y + py1, x + px2, y + py2, col);
                }
            }
            px1 = px2;
            py1 = py2;
        }
        // insertion sort: n_nodes is small and often already ordered
        for (size_t i = 1; i < n_nodes; i++) {
            mp_int_t node = nodes[i];
            size_t j = i;
            while (j > 0 && nodes[j - 1] > node) {
                nodes[j] = nodes[j - 1];
                j--;
            }
            nodes[j] = node;
        }
        for (size_t i = 0; i + 1 < n_nodes; i += 2) {
            framebuf_fill_rect(fb, x + nodes[i], y + row, nodes[i + 1] - nodes[i] + 1, 1, col);
        }
    }
    m_del(mp_int_t, nodes, n);
}

// ---------------------------------------------------------------------------------------------
// Text: 8x8 glyphs, one column byte at a time (bit 0 = top row), only the set bits drawn

static void framebuf_text(const framebuf_t *fb, const char *str, size_t len, mp_int_t x, mp_int_t y, uint32_t col) {
    if (y >= fb->height || y + 8 <= 0) {
        return;
    }
    for (size_t n = 0; n < len && x < fb->width; n++, x += 8) {
        unsigned char ch = (unsigned char)str[n];
        if (ch == 0) {
            break;   // MicroPython reads the string as a C string
        }
        if (x + 8 <= 0) {
            continue;
        }
        if (ch < FRAMEBUF_FONT_FIRST || ch > FRAMEBUF_FONT_LAST) {
            ch = FRAMEBUF_FONT_LAST;
        }
        const uint8_t *glyph = framebuf_font_8x8[ch - FRAMEBUF_FONT_FIRST];
        for (mp_int_t j = 0; j < 8; j++) {
            mp_int_t x0 = x + j;
            if (x0 < 0 || x0 >= fb->width) {
                continue;
            }
            for (mp_int_t bit = 0, bits = glyph[j]; bits != 0; bit++, bits >>= 1) {
                if ((bits & 1) && y + bit >= 0 && y + bit < fb->height) {
                    framebuf_setpixel(fb, (size_t)x0, (size_t)(y + bit), col);
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Python API

static mp_obj_t framebuf_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    mp_arg_check_num(n_args, n_kw, 4, 5, false);
    mp_buffer_info_t bufinfo;
    mp_get_buffer_raise(args[0], &bufinfo, MP_BUFFER_WRITE);
    mp_int_t width = mp_obj_get_int(args[1]);
    mp_int_t height = mp_obj_get_int(args[2]);
    mp_int_t format = mp_obj_get_int(args[3]);
    mp_int_t stride = n_args > 4 ? mp_obj_get_int(args[4]) : width;
    stride = framebuf_check_geometry(width, height, format, stride);
    framebuf_t fb;
    framebuf_bind(&fb, args[0], width, height, stride, (int)format, MP_BUFFER_WRITE);

    framebuf_obj_t *o = m_new_obj(framebuf_obj_t);
    o->base.type = &framebuf_type;
    o->buf_obj = args[0];
    o->width = (uint32_t)width;
    o->height = (uint32_t)height;
    o->stride = (uint32_t)stride;
    o->format = (uint8_t)format;
    return MP_OBJ_FROM_PTR(o);
}

// The FrameBuffer exports the memory it draws into: bytes(fb), memoryview(fb), fb as a buffer.
static int framebuf_get_buffer(mp_obj_t self_in, mp_buffer_info_t *bufinfo, mp_uint_t flags) {
    framebuf_obj_t *self = MP_OBJ_TO_PTR(self_in);
    return mp_get_buffer(self->buf_obj, bufinfo, flags) ? 0 : 1;
}

static mp_obj_t framebuf_fill(mp_obj_t self_in, mp_obj_t col_in) {
    uint32_t col = framebuf_colour(col_in);
    framebuf_t fb;
    framebuf_get_self(&fb, self_in);
    framebuf_fill_rect_inside(&fb, 0, 0, (size_t)fb.width, (size_t)fb.height, col);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(framebuf_fill_obj, framebuf_fill);

static mp_obj_t framebuf_fill_rect_meth(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    mp_int_t x = mp_obj_get_int(args[1]);
    mp_int_t y = mp_obj_get_int(args[2]);
    mp_int_t w = mp_obj_get_int(args[3]);
    mp_int_t h = mp_obj_get_int(args[4]);
    uint32_t col = framebuf_colour(args[5]);
    framebuf_t fb;
    framebuf_get_self(&fb, args[0]);
    framebuf_fill_rect(&fb, x, y, w, h, col);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(framebuf_fill_rect_obj, 6, 6, framebuf_fill_rect_meth);

static mp_obj_t framebuf_pixel(size_t n_args, const mp_obj_t *args) {
    mp_int_t x = mp_obj_get_int(args[1]);
    mp_int_t y = mp_obj_get_int(args[2]);
    uint32_t col = n_args > 3 ? framebuf_colour(args[3]) : 0;
    framebuf_t fb;
    framebuf_get_self(&fb, args[0]);
    if (n_args == 3) {
        if (x < 0 || x >= fb.width || y < 0 || y >= fb.height) {
            return mp_const_none;
        }
        return mp_obj_new_int_from_uint(framebuf_getpixel(&fb, (size_t)x, (size_t)y));
    }
    framebuf_setpixel_checked(&fb, x, y, col);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(framebuf_pixel_obj, 3, 4, framebuf_pixel);

static mp_obj_t framebuf_hline(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    mp_int_t x = mp_obj_get_int(args[1]);
    mp_int_t y = mp_obj_get_int(args[2]);
    mp_int_t w = mp_obj_get_int(args[3]);
    uint32_t col = framebuf_colour(args[4]);
    framebuf_t fb;
    framebuf_get_self(&fb, args[0]);
    framebuf_fill_rect(&fb, x, y, w, 1, col);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(framebuf_hline_obj, 5, 5, framebuf_hline);

static mp_obj_t framebuf_vline(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    mp_int_t x = mp_obj_get_int(args[1]);
    mp_int_t y = mp_obj_get_int(args[2]);
    mp_int_t h = mp_obj_get_int(args[3]);
    uint32_t col = framebuf_colour(args[4]);
    framebuf_t fb;
    framebuf_get_self(&fb, args[0]);
    framebuf_fill_rect(&fb, x, y, 1, h, col);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(framebuf_vline_obj, 5, 5, framebuf_vline);

static mp_obj_t framebuf_rect(size_t n_args, const mp_obj_t *args) {
    mp_int_t x = mp_obj_get_int(args[1]);
    mp_int_t y = mp_obj_get_int(args[2]);
    mp_int_t w = mp_obj_get_int(args[3]);
    mp_int_t h = mp_obj_get_int(args[4]);
    uint32_t col = framebuf_colour(args[5]);
    bool fill = n_args > 6 && mp_obj_is_true(args[6]);
    framebuf_t fb;
    framebuf_get_self(&fb, args[0]);
    if (fill) {
        framebuf_fill_rect(&fb, x, y, w, h, col);
    } else {
        // the far edges, saturated: beyond +-2^62 they are off the grid either way
        mp_int_t y_bottom = framebuf_clamp((framebuf_wide_t)y + h - 1, (mp_int_t)1 << 62);
        mp_int_t x_right = framebuf_clamp((framebuf_wide_t)x + w - 1, (mp_int_t)1 << 62);
        framebuf_fill_rect(&fb, x, y, w, 1, col);
        framebuf_fill_rect(&fb, x, y_bottom, w, 1, col);
        framebuf_fill_rect(&fb, x, y, 1, h, col);
        framebuf_fill_rect(&fb, x_right, y, 1, h, col);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(framebuf_rect_obj, 6, 7, framebuf_rect);

static mp_obj_t framebuf_line_meth(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    mp_int_t x1 = framebuf_coord(args[1]);
    mp_int_t y1 = framebuf_coord(args[2]);
    mp_int_t x2 = framebuf_coord(args[3]);
    mp_int_t y2 = framebuf_coord(args[4]);
    uint32_t col = framebuf_colour(args[5]);
    framebuf_t fb;
    framebuf_get_self(&fb, args[0]);
    framebuf_line(&fb, x1, y1, x2, y2, col);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(framebuf_line_obj, 6, 6, framebuf_line_meth);

static mp_int_t framebuf_radius(mp_obj_t o) {
    mp_int_t r = mp_obj_get_int(o);
    if (r > FRAMEBUF_RADIUS_LIMIT) {
        return FRAMEBUF_RADIUS_LIMIT;
    }
    if (r < -FRAMEBUF_RADIUS_LIMIT) {
        return -FRAMEBUF_RADIUS_LIMIT;
    }
    return r;
}

static mp_obj_t framebuf_ellipse_meth(size_t n_args, const mp_obj_t *args) {
    mp_int_t cx = framebuf_coord(args[1]);
    mp_int_t cy = framebuf_coord(args[2]);
    mp_int_t xr = framebuf_radius(args[3]);
    mp_int_t yr = framebuf_radius(args[4]);
    uint32_t col = framebuf_colour(args[5]);
    unsigned mask = (n_args > 6 && mp_obj_is_true(args[6])) ? FRAMEBUF_ELLIPSE_FILL : 0;
    if (n_args > 7) {
        mask |= (unsigned)(mp_obj_get_int(args[7]) & FRAMEBUF_ELLIPSE_ALL);
    } else {
        mask |= FRAMEBUF_ELLIPSE_ALL;
    }
    framebuf_t fb;
    framebuf_get_self(&fb, args[0]);
    framebuf_ellipse(&fb, cx, cy, xr, yr, col, mask);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(framebuf_ellipse_obj, 6, 8, framebuf_ellipse_meth);

static mp_obj_t framebuf_poly_meth(size_t n_args, const mp_obj_t *args) {
    mp_int_t x = framebuf_coord(args[1]);
    mp_int_t y = framebuf_coord(args[2]);
    uint32_t col = framebuf_colour(args[4]);
    bool fill = n_args > 5 && mp_obj_is_true(args[5]);
    mp_buffer_info_t coords;
    mp_get_buffer_raise(args[3], &coords, MP_BUFFER_READ);
    int typecode = coords.typecode;
    size_t item = mp_array_typecode_size(typecode);
    if (item == 0) {
        typecode = 'B';
        item = 1;
    }
    size_t n = coords.len / (2 * item);   // a trailing odd value is ignored
    if (n == 0) {
        return mp_const_none;
    }
    // Copy the vertices out first (the drawing reads every vertex once per row). The items
    // are plain numbers: converting them runs no Python code, at most it allocates a big int.
    mp_int_t *v = m_new(mp_int_t, 2 * n);
    for (size_t i = 0; i < 2 * n; i++) {
        v[i] = framebuf_clamp(mp_obj_get_int(mp_array_get_item(typecode, coords.buf, i)), FRAMEBUF_VERTEX_LIMIT);
    }
    framebuf_t fb;
    framebuf_get_self(&fb, args[0]);
    framebuf_poly(&fb, x, y, v, n, col, fill);
    m_del(mp_int_t, v, 2 * n);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(framebuf_poly_obj, 5, 6, framebuf_poly_meth);

static mp_obj_t framebuf_blit(size_t n_args, const mp_obj_t *args) {
    framebuf_source_t src_spec, palette_spec;
    framebuf_parse_source(&src_spec, args[1]);
    mp_int_t x = framebuf_coord(args[2]);
    mp_int_t y = framebuf_coord(args[3]);
    uint32_t key = n_args > 4 ? (uint32_t)mp_obj_get_int(args[4]) : (uint32_t)-1;
    bool use_palette = n_args > 5 && args[5] != mp_const_none;
    if (use_palette) {
        framebuf_parse_source(&palette_spec, args[5]);
    }
    framebuf_t fb, src, palette;
    framebuf_get_self(&fb, args[0]);
    framebuf_bind_source(&src, &src_spec);
    if (use_palette) {
        framebuf_bind_source(&palette, &palette_spec);
    }
    if (x >= fb.width || y >= fb.height || -x >= src.width || -y >= src.height) {
        return mp_const_none;
    }
    // the overlap: destination [x0, x0end) x [y0, y0end), source from (sx0, sy)
    mp_int_t x0 = x > 0 ? x : 0, y0 = y > 0 ? y : 0;
    mp_int_t sx0 = x < 0 ? -x : 0, sy = y < 0 ? -y : 0;
    mp_int_t x0end = x + src.width < fb.width ? x + src.width : fb.width;
    mp_int_t y0end = y + src.height < fb.height ? y + src.height : fb.height;
    for (; y0 < y0end; y0++, sy++) {
        mp_int_t sx = sx0;
        for (mp_int_t cx = x0; cx < x0end; cx++, sx++) {
            uint32_t col = framebuf_getpixel(&src, (size_t)sx, (size_t)sy);
            if (use_palette) {
                col = framebuf_getpixel(&palette, col, 0);
            }
            if (col != key) {
                framebuf_setpixel(&fb, (size_t)cx, (size_t)y0, col);
            }
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(framebuf_blit_obj, 4, 6, framebuf_blit);

// Moves every pixel by (dx, dy), walking from the far side so each is read before it is
// overwritten; the pixels nothing moves onto keep their colour (the "trail").
static mp_obj_t framebuf_scroll(mp_obj_t self_in, mp_obj_t dx_in, mp_obj_t dy_in) {
    mp_int_t dx = framebuf_coord(dx_in);
    mp_int_t dy = framebuf_coord(dy_in);
    framebuf_t fb;
    framebuf_get_self(&fb, self_in);
    if (dx <= -fb.width || dx >= fb.width || dy <= -fb.height || dy >= fb.height) {
        return mp_const_none;   // nothing would move
    }
    mp_int_t x_first, x_end, x_step, y, y_end, y_step;
    if (dx < 0) {
        x_first = 0;
        x_end = fb.width + dx;
        x_step = 1;
    } else {
        x_first = fb.width - 1;
        x_end = dx - 1;
        x_step = -1;
    }
    if (dy < 0) {
        y = 0;
        y_end = fb.height + dy;
        y_step = 1;
    } else {
        y = fb.height - 1;
        y_end = dy - 1;
        y_step = -1;
    }
    for (; y != y_end; y += y_step) {
        for (mp_int_t x = x_first; x != x_end; x += x_step) {
            framebuf_setpixel(&fb, (size_t)x, (size_t)y, framebuf_getpixel(&fb, (size_t)(x - dx), (size_t)(y - dy)));
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(framebuf_scroll_obj, framebuf_scroll);

static mp_obj_t framebuf_text_meth(size_t n_args, const mp_obj_t *args) {
    mp_int_t x = mp_obj_get_int(args[2]);
    mp_int_t y = mp_obj_get_int(args[3]);
    uint32_t col = n_args > 4 ? framebuf_colour(args[4]) : 1;
    size_t len;
    const char *str = mp_obj_str_get_data(args[1], &len);   // str/bytes data never moves
    framebuf_t fb;
    framebuf_get_self(&fb, args[0]);
    framebuf_text(&fb, str, len, x, y, col);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(framebuf_text_obj, 4, 5, framebuf_text_meth);

static const mp_rom_map_elem_t framebuf_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_fill), MP_ROM_PTR(&framebuf_fill_obj) },
    { MP_ROM_QSTR(MP_QSTR_fill_rect), MP_ROM_PTR(&framebuf_fill_rect_obj) },
    { MP_ROM_QSTR(MP_QSTR_pixel), MP_ROM_PTR(&framebuf_pixel_obj) },
    { MP_ROM_QSTR(MP_QSTR_hline), MP_ROM_PTR(&framebuf_hline_obj) },
    { MP_ROM_QSTR(MP_QSTR_vline), MP_ROM_PTR(&framebuf_vline_obj) },
    { MP_ROM_QSTR(MP_QSTR_rect), MP_ROM_PTR(&framebuf_rect_obj) },
    { MP_ROM_QSTR(MP_QSTR_line), MP_ROM_PTR(&framebuf_line_obj) },
    { MP_ROM_QSTR(MP_QSTR_ellipse), MP_ROM_PTR(&framebuf_ellipse_obj) },
    { MP_ROM_QSTR(MP_QSTR_poly), MP_ROM_PTR(&framebuf_poly_obj) },
    { MP_ROM_QSTR(MP_QSTR_blit), MP_ROM_PTR(&framebuf_blit_obj) },
    { MP_ROM_QSTR(MP_QSTR_scroll), MP_ROM_PTR(&framebuf_scroll_obj) },
    { MP_ROM_QSTR(MP_QSTR_text), MP_ROM_PTR(&framebuf_text_obj) },
};
static MP_DEFINE_CONST_DICT(framebuf_locals_dict, framebuf_locals_dict_table);

const mp_obj_type_t framebuf_type = {
    {&mp_type_type},
    .name = MP_QSTR_FrameBuffer,
    .make_new = framebuf_make_new,
    .buffer = framebuf_get_buffer,
    .locals_dict = (mp_obj_dict_t *)&framebuf_locals_dict,
};

// FrameBuffer1(buffer, width, height[, stride]): the legacy constructor, always MONO_VLSB.
static mp_obj_t framebuf_framebuffer1(size_t n_args, const mp_obj_t *args) {
    mp_obj_t a[5] = {args[0], args[1], args[2], MP_OBJ_NEW_SMALL_INT(FRAMEBUF_MVLSB), MP_OBJ_NULL};
    if (n_args > 3) {
        a[4] = args[3];
    }
    return framebuf_make_new(&framebuf_type, n_args + 1, 0, a);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(framebuf_framebuffer1_obj, 3, 4, framebuf_framebuffer1);

static const mp_rom_map_elem_t framebuf_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_framebuf) },
    { MP_ROM_QSTR(MP_QSTR_FrameBuffer), MP_ROM_PTR(&framebuf_type) },
    { MP_ROM_QSTR(MP_QSTR_FrameBuffer1), MP_ROM_PTR(&framebuf_framebuffer1_obj) },
    { MP_ROM_QSTR(MP_QSTR_MVLSB), MP_ROM_INT(FRAMEBUF_MVLSB) },
    { MP_ROM_QSTR(MP_QSTR_MONO_VLSB), MP_ROM_INT(FRAMEBUF_MVLSB) },
    { MP_ROM_QSTR(MP_QSTR_RGB565), MP_ROM_INT(FRAMEBUF_RGB565) },
    { MP_ROM_QSTR(MP_QSTR_GS2_HMSB), MP_ROM_INT(FRAMEBUF_GS2_HMSB) },
    { MP_ROM_QSTR(MP_QSTR_GS4_HMSB), MP_ROM_INT(FRAMEBUF_GS4_HMSB) },
    { MP_ROM_QSTR(MP_QSTR_GS8), MP_ROM_INT(FRAMEBUF_GS8) },
    { MP_ROM_QSTR(MP_QSTR_MONO_HLSB), MP_ROM_INT(FRAMEBUF_MHLSB) },
    { MP_ROM_QSTR(MP_QSTR_MONO_HMSB), MP_ROM_INT(FRAMEBUF_MHMSB) },
};
MP_DEFINE_CONST_MODULE(framebuf_module, framebuf_module_globals_table);

MP_REGISTER_MODULE(MP_QSTR_framebuf, framebuf_module);

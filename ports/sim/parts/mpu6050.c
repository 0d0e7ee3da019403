// ports/sim/parts/mpu6050.c: InvenSense MPU-6050 accelerometer + gyroscope (Wokwi
// "wokwi-mpu6050"), I2C at 0x68, or 0x69 with AD0 high (attr i2cAddress overrides when AD0 is
// not wired).
//
// Register file regs[0x00..0x75] (InvenSense register map RM-MPU-6000A rev 4.2):
//   0x19 SMPLRT_DIV, 0x1A CONFIG, 0x1B GYRO_CONFIG (FS_SEL[4:3]), 0x1C ACCEL_CONFIG
//   (AFS_SEL[4:3]), 0x38 INT_ENABLE, 0x3A INT_STATUS (bit 0 data ready while awake),
//   0x3B-0x40 ACCEL_X/Y/Z, 0x41-0x42 TEMP, 0x43-0x48 GYRO_X/Y/Z: big-endian int16,
//   0x6B PWR_MGMT_1 (reset 0x40: SLEEP; bit 7 DEVICE_RESET), 0x75 WHO_AM_I = 0x68.
//   The register pointer auto-increments on reads and writes (burst access).
// Values: attrs/controls accelX/Y/Z (g; default 0, 0, 1), rotationX/Y/Z (deg/s; default 0),
// temperature (deg C; default 24), as in Wokwi. Sensor registers are computed when a read
// transaction starts (the chip's shadow registers keep a burst consistent) and only while
// awake; asleep, they keep the last sample (zero after reset). Scaling: 16384/8192/4096/2048
// LSB per g, 131/65.5/32.8/16.4 LSB per deg/s, temperature raw = (T - 36.53) * 340;
// saturating at the int16 range. Not modelled: FIFO, DMP, interrupts pin, self-test, filters.
#include <string.h>
#include "part_util.h"

enum { PIN_VCC, PIN_GND, PIN_SCL, PIN_SDA, PIN_XDA, PIN_XCL, PIN_AD0, PIN_INT };
static const char *const mpu_pins[] = {"VCC", "GND", "SCL", "SDA", "XDA", "XCL", "AD0", "INT", NULL};

enum { V_AX, V_AY, V_AZ, V_GX, V_GY, V_GZ, V_TEMP, V_COUNT };
static const char *const mpu_controls[V_COUNT] = {
    "accelX", "accelY", "accelZ", "rotationX", "rotationY", "rotationZ", "temperature"
};
static const double mpu_defaults[V_COUNT] = {0, 0, 1, 0, 0, 0, 24};

typedef struct {
    sim_part_t base;
    uint8_t address;
    uint8_t regs[0x76];
    uint8_t ptr;
    bool addressed, have_ptr;
    double v[V_COUNT];
} mpu_t;

static void mpu_reset_regs(mpu_t *m) {
    memset(m->regs, 0, sizeof(m->regs));
    m->regs[0x6b] = 0x40;
    m->regs[0x75] = 0x68;
}

static void mpu_reset(sim_part_t *p) {
    mpu_t *m = (mpu_t *)p;
    mpu_reset_regs(m);
    m->ptr = 0;
    m->addressed = m->have_ptr = false;
    for (int i = 0; i < V_COUNT; i++) {
        // Wokwi's ranges: +-16 g, +-2000 deg/s (the widest full scales), -40..85 deg C
        double lim = mpu_controls[i][0] == 'a' ? 16 : mpu_controls[i][0] == 'r' ? 2000 : 85;
        m->v[i] = sim_part_attr_range(p, mpu_controls[i], mpu_defaults[i], mpu_controls[i][0] == 't' ? -40 : -lim, lim);
    }
}

static const char *mpu_init(sim_part_t *p) {
    ((mpu_t *)p)->address = sim_part_i2c_address(p, 0x68);
    return NULL;
}

static void put16(uint8_t *r, double raw) {
    raw = sim_clampd(raw, -32768.0, 32767.0);           // NaN reads -32768
    long v = (long)(raw < 0 ? raw - 0.5 : raw + 0.5);
    v = v < -32768 ? -32768 : v > 32767 ? 32767 : v;
    uint16_t u = (uint16_t)(int16_t)v;
    r[0] = (uint8_t)(u >> 8);
    r[1] = (uint8_t)u;
}

static void mpu_sample(mpu_t *m) {
    static const double accel_lsb[4] = {16384, 8192, 4096, 2048};
    static const double gyro_lsb[4] = {131, 65.5, 32.8, 16.4};
    double a = accel_lsb[(m->regs[0x1c] >> 3) & 3], g = gyro_lsb[(m->regs[0x1b] >> 3) & 3];
    put16(&m->regs[0x3b], m->v[V_AX] * a);
    put16(&m->regs[0x3d], m->v[V_AY] * a);
    put16(&m->regs[0x3f], m->v[V_AZ] * a);
    put16(&m->regs[0x41], (m->v[V_TEMP] - 36.53) * 340.0);
    put16(&m->regs[0x43], m->v[V_GX] * g);
    put16(&m->regs[0x45], m->v[V_GY] * g);
    put16(&m->regs[0x47], m->v[V_GZ] * g);
    m->regs[0x3a] |= 0x01;
}

static bool mpu_awake(const mpu_t *m) {
    return !(m->regs[0x6b] & 0x40);
}

static bool mpu_i2c_start(sim_part_t *p, uint8_t addr, bool read) {
    mpu_t *m = (mpu_t *)p;
    uint8_t mine = m->address;
    if (sim_part_pin_wired(p, PIN_AD0)) {
        mine = sim_part_pin_level(p, PIN_AD0) ? 0x69 : 0x68;
    }
    m->addressed = addr == mine;
    m->have_ptr = false;
    if (m->addressed && read && mpu_awake(m)) {
        mpu_sample(m);
    }
    return m->addressed;
}

static bool mpu_i2c_write(sim_part_t *p, uint8_t b) {
    mpu_t *m = (mpu_t *)p;
    if (!m->addressed) {
        return false;
    }
    if (!m->have_ptr) {
        m->ptr = b;
        m->have_ptr = true;
        return true;
    }
    uint8_t r = m->ptr;
    if (r < sizeof(m->regs)) {
        bool read_only = (r >= 0x3a && r <= 0x60) || r == 0x75;
        if (r == 0x6b && (b & 0x80)) {
            mpu_reset_regs(m);
        } else if (!read_only) {
            m->regs[r] = b;
        }
    }
    m->ptr++;
    return true;
}

static uint8_t mpu_i2c_read(sim_part_t *p) {
    mpu_t *m = (mpu_t *)p;
    uint8_t r = m->ptr++;
    return r < sizeof(m->regs) ? m->regs[r] : 0;
}

static void mpu_i2c_stop(sim_part_t *p) {
    mpu_t *m = (mpu_t *)p;
    m->addressed = m->have_ptr = false;
}

static int mpu_set_control(sim_part_t *p, const char *name, double value) {
    mpu_t *m = (mpu_t *)p;
    for (int i = 0; i < V_COUNT; i++) {
        if (strcmp(name, mpu_controls[i]) == 0) {
            m->v[i] = value;
            return 0;
        }
    }
    return -1;
}

const sim_part_type_t sim_part_mpu6050 = {
    .type = "wokwi-mpu6050",
    .size = sizeof(mpu_t),
    .pin_names = mpu_pins,
    .init = mpu_init,
    .reset = mpu_reset,
    .i2c_start = mpu_i2c_start,
    .i2c_write = mpu_i2c_write,
    .i2c_read = mpu_i2c_read,
    .i2c_stop = mpu_i2c_stop,
    .set_control = mpu_set_control,
};

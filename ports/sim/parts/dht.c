// ports/sim/parts/dht.c: DHT22 / AM2302 (Wokwi "wokwi-dht22") and DHT11 (our type
// "board-dht11") single-wire humidity and temperature sensors; pins VCC SDA NC GND.
//
// Protocol (AM2302 / DHT11 datasheets), open drain with a pull-up:
//   host:   pulls SDA low for >= 1 ms (DHT11: >= 18 ms; we accept >= 800 us), then releases it;
//   sensor: 30 us later pulls low 80 us, releases 80 us, then sends 40 bits MSB first, each a
//           50 us low followed by a high of 26 us (0) or 70 us (1), then a final 50 us low and
//           release. Data: humidity[16] temperature[16] checksum[8] (sum of the 4 bytes).
//   DHT22: tenths of %RH and of deg C, temperature sign in bit 15. DHT11: integer and decimal
//   bytes (humidity 20..90 %RH, temperature 0..50 deg C on the chip).
// The sensor drives its "high" phases with a pull-up of its own (as on the 3-pin modules),
// so a host that forgot Pin.PULL_UP still reads it and a host that keeps driving low only
// fights a weak pull. Edges caused by the sensor itself are ignored while it transmits.
// Attrs and controls (Wokwi's): temperature (deg C, default 24), humidity (%RH, default 40).
// Simplified: no 2 s minimum interval between reads; values are latched at the start signal.
#include <string.h>
#include "part_util.h"

enum { PIN_VCC, PIN_SDA, PIN_NC, PIN_GND };
static const char *const dht_pins[] = {"VCC", "SDA", "NC", "GND", NULL};

// One transmission: 2 preamble phases + 40 bits x 2 phases + the final low.
#define DHT_PHASES (2 + 80 + 1)

typedef struct {
    sim_part_t base;
    bool dht11;
    double temperature, humidity;
    bool line_low;
    sim_ns_t low_since;
    bool sending;
    int phase;
    uint8_t frame[5];
    uint64_t event;
} dht_t;

static bool is_dht(const sim_part_t *p) {
    return p->type == &sim_part_dht22 || p->type == &sim_part_dht11;
}

static void dht_reset(sim_part_t *p) {
    dht_t *d = (dht_t *)p;
    d->dht11 = p->type == &sim_part_dht11;
    d->temperature = sim_part_attr_range(p, "temperature", 24, -40, 80);
    d->humidity = sim_part_attr_range(p, "humidity", 40, 0, 100);
    if (d->event) {
        sim_event_cancel(d->event);
    }
    d->event = 0;
    d->sending = false;
    sim_part_drive(p, PIN_SDA, SIM_DRIVE_PULL_UP);
    d->line_low = sim_part_pin_level(p, PIN_SDA) == 0;
    d->low_since = sim_now();
}

static void dht_encode(const dht_t *d, uint8_t f[5]) {
    if (d->dht11) {
        double h = sim_clampd(d->humidity, 0, 99.9), t = sim_clampd(d->temperature, 0, 99.9);
        int hi = (int)(h * 10 + 0.5), ti = (int)(t * 10 + 0.5);
        f[0] = (uint8_t)(hi / 10);
        f[1] = (uint8_t)(hi % 10);
        f[2] = (uint8_t)(ti / 10);
        f[3] = (uint8_t)(ti % 10);
    } else {
        int h = (int)(d->humidity * 10 + 0.5);
        double t = d->temperature;
        int ti = (int)((t < 0 ? -t : t) * 10 + 0.5);
        int tw = t < 0 && ti ? 0x8000 | ti : ti;
        f[0] = (uint8_t)(h >> 8);
        f[1] = (uint8_t)h;
        f[2] = (uint8_t)(tw >> 8);
        f[3] = (uint8_t)tw;
    }
    f[4] = (uint8_t)(f[0] + f[1] + f[2] + f[3]);
}

// Phase k: its level (0 = pull low, 1 = release) and duration.
static void dht_phase(const dht_t *d, int k, bool *high, sim_ns_t *dur) {
    if (k < 2) {
        *high = k == 1;
        *dur = 80 * SIM_NS_PER_US;
    } else if (k < 82) {
        int bit = (k - 2) / 2;
        *high = (k - 2) % 2 == 1;
        bool one = (d->frame[bit / 8] >> (7 - bit % 8)) & 1;
        *dur = (*high ? (one ? 70 : 26) : 50) * SIM_NS_PER_US;
    } else {
        *high = false;
        *dur = 50 * SIM_NS_PER_US;
    }
}

static void dht_step(sim_part_t *p, intptr_t a) {
    dht_t *d = (dht_t *)p;
    (void)a;
    d->event = 0;
    if (d->phase >= DHT_PHASES) {
        d->sending = false;
        sim_part_drive(p, PIN_SDA, SIM_DRIVE_PULL_UP);
        d->line_low = sim_part_pin_level(p, PIN_SDA) == 0;
        d->low_since = sim_now();
        return;
    }
    bool high;
    sim_ns_t dur;
    dht_phase(d, d->phase++, &high, &dur);
    sim_part_drive(p, PIN_SDA, high ? SIM_DRIVE_PULL_UP : SIM_DRIVE_LOW);
    d->event = sim_part_post(p, dur, dht_step, 0);
}

static void dht_pin_changed(sim_part_t *p, int pin, int level) {
    dht_t *d = (dht_t *)p;
    if (pin != PIN_SDA || d->sending) {
        return;
    }
    if (!level) {
        d->line_low = true;
        d->low_since = sim_now();
        return;
    }
    if (!d->line_low) {
        return;
    }
    d->line_low = false;
    if (sim_now() - d->low_since < 800 * SIM_NS_PER_US) {
        return;
    }
    d->sending = true;
    d->phase = 0;
    dht_encode(d, d->frame);
    d->event = sim_part_post(p, 30 * SIM_NS_PER_US, dht_step, 0);
}

static int dht_set_control(sim_part_t *p, const char *name, double value) {
    dht_t *d = (dht_t *)p;
    if (strcmp(name, "temperature") == 0) {
        d->temperature = sim_clampd(value, -40, 80);
    } else if (strcmp(name, "humidity") == 0) {
        d->humidity = sim_clampd(value, 0, 100);
    } else {
        return -1;
    }
    return 0;
}

bool sim_dht_frame(sim_part_t *p, uint8_t frame[5]) {
    if (!is_dht(p)) {
        return false;
    }
    dht_encode((dht_t *)p, frame);
    return true;
}

const sim_part_type_t sim_part_dht22 = {
    .type = "wokwi-dht22",
    .size = sizeof(dht_t),
    .pin_names = dht_pins,
    .reset = dht_reset,
    .pin_changed = dht_pin_changed,
    .set_control = dht_set_control,
};

const sim_part_type_t sim_part_dht11 = {
    .type = "board-dht11",
    .size = sizeof(dht_t),
    .pin_names = dht_pins,
    .reset = dht_reset,
    .pin_changed = dht_pin_changed,
    .set_control = dht_set_control,
};

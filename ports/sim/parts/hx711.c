// ports/sim/parts/hx711.c: HX711 load-cell ADC (Wokwi "wokwi-hx711"), pins VCC DT SCK GND;
// attr type "50kg" (default), "5kg" or "gauge"; attr and control `load` (kg, default 0).
//
// As Wokwi documents, the reading is 420 counts per kg (0..2100 for 5 kg, 0..21000 for 50 kg;
// "gauge" uses the same scale here), channel A only, gain pulses accepted and ignored.
// Protocol (HX711 datasheet): DT low = a conversion is ready. Each SCK rising edge shifts out
// the next of 24 bits, MSB first (two's complement); the 25th-27th pulses end the read (DT goes
// high) and the next conversion is ready 100 ms later (10 samples/s), with the load at that
// time. SCK held high for more than 60 us powers the chip down (DT high); SCK low powers it up
// and a conversion is ready 100 ms later. DT is a push-pull output.
#include <string.h>
#include "part_util.h"

enum { PIN_VCC, PIN_DT, PIN_SCK, PIN_GND };
static const char *const hx_pins[] = {"VCC", "DT", "SCK", "GND", NULL};

#define HX_PERIOD (100 * SIM_NS_PER_MS)

typedef struct {
    sim_part_t base;
    double load;
    bool ready, down, sck;
    int32_t value;          // the conversion being read
    int pulses;             // SCK pulses since ready
    uint64_t ev_ready, ev_down;
} hx_t;

static void hx_cancel(uint64_t *ev) {
    if (*ev) {
        sim_event_cancel(*ev);
        *ev = 0;
    }
}

static void hx_ready(sim_part_t *p, intptr_t a) {
    hx_t *h = (hx_t *)p;
    (void)a;
    h->ev_ready = 0;
    double raw = sim_clampd(h->load * 420.0, -8388608.0, 8388607.0);
    h->value = (int32_t)(raw < 0 ? raw - 0.5 : raw + 0.5);
    h->ready = true;
    h->pulses = 0;
    sim_part_drive(p, PIN_DT, SIM_DRIVE_LOW);
}

static void hx_schedule(hx_t *h) {
    hx_cancel(&h->ev_ready);
    h->ready = false;
    sim_part_drive(&h->base, PIN_DT, SIM_DRIVE_HIGH);
    h->ev_ready = sim_part_post(&h->base, HX_PERIOD, hx_ready, 0);
}

static const char *hx_init(sim_part_t *p) {
    const char *t = sim_part_attr_str(p, "type", "50kg");
    if (strcmp(t, "50kg") != 0 && strcmp(t, "5kg") != 0 && strcmp(t, "gauge") != 0) {
        return "type must be \"50kg\", \"5kg\" or \"gauge\"";
    }
    return NULL;
}

static void hx_reset(sim_part_t *p) {
    hx_t *h = (hx_t *)p;
    hx_cancel(&h->ev_down);
    h->load = sim_part_attr_range(p, "load", 0, -1e6, 1e6);
    h->down = false;
    h->sck = sim_part_pin_level(p, PIN_SCK);
    h->pulses = 0;
    hx_schedule(h);
}

static void hx_power_down(sim_part_t *p, intptr_t a) {
    hx_t *h = (hx_t *)p;
    (void)a;
    h->ev_down = 0;
    h->down = true;
    h->ready = false;
    hx_cancel(&h->ev_ready);
    sim_part_drive(p, PIN_DT, SIM_DRIVE_HIGH);
}

static void hx_pin_changed(sim_part_t *p, int pin, int level) {
    hx_t *h = (hx_t *)p;
    if (pin != PIN_SCK || level == h->sck) {
        return;
    }
    h->sck = level;
    if (!level) {
        hx_cancel(&h->ev_down);
        if (h->down) {
            h->down = false;
            hx_schedule(h);
        }
        return;
    }
    h->ev_down = sim_part_post(p, 60 * SIM_NS_PER_US, hx_power_down, 0);
    if (!h->ready) {
        return;
    }
    h->pulses++;
    if (h->pulses <= 24) {
        bool bit = ((uint32_t)h->value >> (24 - h->pulses)) & 1;
        sim_part_drive(p, PIN_DT, bit ? SIM_DRIVE_HIGH : SIM_DRIVE_LOW);
    } else {
        // pulse 25 (26, 27 select the gain: accepted): the read is over
        hx_schedule(h);
    }
}

static int hx_set_control(sim_part_t *p, const char *name, double value) {
    if (strcmp(name, "load") != 0) {
        return -1;
    }
    ((hx_t *)p)->load = sim_clampd(value, -1e6, 1e6);
    return 0;
}

const sim_part_type_t sim_part_hx711 = {
    .type = "wokwi-hx711",
    .size = sizeof(hx_t),
    .pin_names = hx_pins,
    .init = hx_init,
    .reset = hx_reset,
    .pin_changed = hx_pin_changed,
    .set_control = hx_set_control,
};

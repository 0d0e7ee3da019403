// ports/sim/parts/ir.c: 38 kHz IR receiver module (Wokwi "wokwi-ir-receiver", pins GND VCC DAT)
// and the 20-key IR remote (Wokwi "wokwi-ir-remote", no pins).
//
// The receiver's DAT is the demodulated, active-low signal: driven HIGH when idle, LOW during
// each burst of carrier. A frame is NEC: 9 ms burst, 4.5 ms space, 32 bits sent LSB first
// (address, ~address, command, ~command), each bit a 562.5 us burst then a 562.5 us (0) or
// 1687.5 us (1) space, and a final 562.5 us burst; all on virtual time, one edge per event.
// Frames queue (up to IR_QUEUE) and follow each other after IR_GAP_NS of idle. Held keys'
// repeat codes are not sent.
//
// Remote: pressing a key sends its frame (address 0, Wokwi's command table) to every receiver
// on the board. Controls (ours; Wokwi's remote is clicked): the key names power menu test plus
// back prev play next 0..9 minus c with a non-zero value, or `command` with the command number.
// Receiver controls (Wokwi's receiver takes an address and a command in its UI): `address`
// (0..255, for the frames that follow) and `command` (0..255: sends one frame now).
#include <string.h>
#include "part_util.h"

enum { PIN_GND, PIN_VCC, PIN_DAT };
static const char *const ir_rx_pins[] = {"GND", "VCC", "DAT", NULL};
static const char *const ir_remote_pins[] = {NULL};

#define IR_QUEUE 8
#define IR_GAP_NS (40 * SIM_NS_PER_MS)
#define IR_UNIT_NS ((sim_ns_t)562500)

typedef struct {
    sim_part_t base;
    uint32_t queue[IR_QUEUE];   // frames waiting, as the 32 bits in sending order (bit 0 first)
    int q_head, q_len;
    int seg;                    // segment of the frame on the wire, -1 when idle
    uint64_t event;
    uint8_t address;
    long frames;                // frames completed since reset
} ir_rx_t;

static void ir_rx_next(sim_part_t *p, intptr_t a);

// Segment k of a frame: level and duration. 0 header burst, 1 header space, 2..65 bit bursts
// (even) and spaces (odd), 66 the final burst, 67 back to idle.
static void ir_rx_segment(ir_rx_t *r, int k, bool *low, sim_ns_t *ns) {
    uint32_t bits = r->queue[r->q_head];
    if (k == 0) {
        *low = true, *ns = 16 * IR_UNIT_NS;
    } else if (k == 1) {
        *low = false, *ns = 8 * IR_UNIT_NS;
    } else if (k < 66) {
        int bit = (k - 2) / 2;
        *low = (k & 1) == 0;
        *ns = *low || !((bits >> bit) & 1) ? IR_UNIT_NS : 3 * IR_UNIT_NS;
    } else {
        *low = true, *ns = IR_UNIT_NS;
    }
}

static void ir_rx_next(sim_part_t *p, intptr_t a) {
    ir_rx_t *r = (ir_rx_t *)p;
    (void)a;
    r->event = 0;
    if (r->seg < 0) {
        if (r->q_len == 0) {
            return;
        }
        r->seg = 0;
    }
    if (r->seg == 67) {
        // frame done: idle, then the next one after the gap
        sim_part_drive(p, PIN_DAT, SIM_DRIVE_HIGH);
        r->frames++;
        r->q_head = (r->q_head + 1) % IR_QUEUE;
        r->q_len--;
        r->seg = -1;
        if (r->q_len > 0) {
            r->event = sim_part_post(p, IR_GAP_NS, ir_rx_next, 0);
        }
        return;
    }
    bool low;
    sim_ns_t ns;
    ir_rx_segment(r, r->seg, &low, &ns);
    sim_part_drive(p, PIN_DAT, low ? SIM_DRIVE_LOW : SIM_DRIVE_HIGH);
    r->seg++;
    r->event = sim_part_post(p, ns, ir_rx_next, 0);
}

static void ir_rx_reset(sim_part_t *p) {
    ir_rx_t *r = (ir_rx_t *)p;
    if (r->event) {
        sim_event_cancel(r->event);
    }
    r->event = 0;
    r->q_head = r->q_len = 0;
    r->seg = -1;
    r->address = 0;
    r->frames = 0;
    sim_part_drive(p, PIN_DAT, SIM_DRIVE_HIGH);
}

// Queues an NEC frame (8-bit address and command); false if the queue is full.
bool sim_ir_receiver_send(sim_part_t *p, uint8_t address, uint8_t command) {
    if (p->type != &sim_part_ir_receiver) {
        return false;
    }
    ir_rx_t *r = (ir_rx_t *)p;
    if (r->q_len == IR_QUEUE) {
        sim_log("%s: IR frame dropped (%d frames queued)", p->id, IR_QUEUE);
        return false;
    }
    r->queue[(r->q_head + r->q_len) % IR_QUEUE] = address | (uint32_t)(uint8_t)~address << 8
        | (uint32_t)command << 16 | (uint32_t)(uint8_t)~command << 24;
    r->q_len++;
    if (r->seg < 0 && r->event == 0) {
        ir_rx_next(p, 0);
    }
    return true;
}

long sim_ir_receiver_frames(sim_part_t *p) {
    return p->type == &sim_part_ir_receiver ? ((ir_rx_t *)p)->frames : 0;
}

static int ir_byte_arg(double v) {
    return v >= 0 && v <= 255 ? (int)v : -1;
}

static int ir_rx_set_control(sim_part_t *p, const char *name, double value) {
    ir_rx_t *r = (ir_rx_t *)p;
    int b = ir_byte_arg(value);
    if (strcmp(name, "address") == 0) {
        if (b >= 0) {
            r->address = (uint8_t)b;
        }
        return 0;
    }
    if (strcmp(name, "command") == 0) {
        if (b >= 0) {
            sim_ir_receiver_send(p, r->address, (uint8_t)b);
        }
        return 0;
    }
    return -1;
}

const sim_part_type_t sim_part_ir_receiver = {
    .type = "wokwi-ir-receiver",
    .size = sizeof(ir_rx_t),
    .pin_names = ir_rx_pins,
    .reset = ir_rx_reset,
    .set_control = ir_rx_set_control,
};

// ---- the remote

static const struct { const char *name; uint8_t command; } ir_keys[] = {
    {"power", 162}, {"menu", 226}, {"test", 34}, {"plus", 2}, {"back", 194}, {"prev", 224},
    {"play", 168}, {"next", 144}, {"0", 104}, {"minus", 152}, {"c", 176}, {"1", 48}, {"2", 24},
    {"3", 122}, {"4", 16}, {"5", 56}, {"6", 90}, {"7", 66}, {"8", 74}, {"9", 82},
};

static void ir_remote_send(uint8_t command) {
    for (int i = 0; i < sim_n_parts; i++) {
        if (sim_parts[i] != NULL && sim_parts[i]->type == &sim_part_ir_receiver) {
            sim_ir_receiver_send(sim_parts[i], 0, command);
        }
    }
}

static int ir_remote_set_control(sim_part_t *p, const char *name, double value) {
    (void)p;
    if (strcmp(name, "command") == 0) {
        int b = ir_byte_arg(value);
        if (b >= 0) {
            ir_remote_send((uint8_t)b);
        }
        return 0;
    }
    for (size_t i = 0; i < sizeof(ir_keys) / sizeof(ir_keys[0]); i++) {
        if (strcmp(name, ir_keys[i].name) == 0) {
            if (value != 0) {
                ir_remote_send(ir_keys[i].command);
            }
            return 0;
        }
    }
    return -1;
}

const sim_part_type_t sim_part_ir_remote = {
    .type = "wokwi-ir-remote",
    .size = sizeof(sim_part_t),
    .pin_names = ir_remote_pins,
    .set_control = ir_remote_set_control,
};

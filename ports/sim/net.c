// ports/sim/net.c: nets and their levels.
//
// A net is the set of endpoints (MCU pins, part pins, power rails) joined by the board file's
// wires. Each endpoint is a sim_driver_t that says what it puts on the net. The level is
// recomputed from all drivers whenever one changes (nets are small: a handful of endpoints):
//
//   strong LOW and strong HIGH both present -> short: reported once, level 0
//   else a strong driver                    -> its level
//   else a pull (up wins over down if both) -> the pull's level
//   else an analog source                   -> 1 above VCC/2
//   else floating                           -> 0, and sim_net_floating() is true
//
// After a change of level every watcher of the net is called, then the global observer (the
// VCD recorder). Watchers may change other drivers (a bus decoder answering with ACK): the
// recursion depth is bounded by SIM_NET_MAX_DEPTH and an oscillating loop is reported.
#include <stdlib.h>
#include <string.h>

#include "sim.h"
#include "simport.h"
#include "parts/part_util.h"

#define SIM_NET_MAX_DEPTH 32

typedef struct {
    sim_net_watch_fn_t fn;
    void *arg;
} watcher_t;

typedef struct {
    sim_driver_t **drv;
    size_t n_drv, alloc_drv;
    watcher_t *w;
    size_t n_w, alloc_w;
    int level;
    bool floating;
    bool short_reported;
} net_t;

static net_t *nets;
int sim_n_nets;
static int depth;
void (*sim_net_observer)(int net, int level, bool floating);

static void *grow(void *p, size_t *alloc, size_t n, size_t elem) {
    if (n < *alloc) {
        return p;
    }
    *alloc = *alloc ? *alloc * 2 : 4;
    p = realloc(p, *alloc * elem);
    if (p == NULL) {
        abort();
    }
    return p;
}

int sim_net_new(void) {
    size_t alloc = sim_n_nets;
    net_t *n = realloc(nets, (alloc + 1) * sizeof(*nets));
    if (n == NULL) {
        abort();
    }
    nets = n;
    memset(&nets[sim_n_nets], 0, sizeof(net_t));
    nets[sim_n_nets].floating = true;
    return sim_n_nets++;
}

void sim_net_attach(int net, sim_driver_t *d) {
    net_t *n = &nets[net];
    n->drv = grow(n->drv, &n->alloc_drv, n->n_drv, sizeof(*n->drv));
    n->drv[n->n_drv++] = d;
    d->net = net;
}

size_t sim_net_drivers(int net, sim_driver_t ***out) {
    *out = nets[net].drv;
    return nets[net].n_drv;
}

void sim_net_watch(int net, sim_net_watch_fn_t fn, void *arg) {
    if (net < 0 || net >= sim_n_nets) {
        return;
    }
    net_t *n = &nets[net];
    n->w = grow(n->w, &n->alloc_w, n->n_w, sizeof(*n->w));
    n->w[n->n_w].fn = fn;
    n->w[n->n_w].arg = arg;
    n->n_w++;
}

void sim_net_unwatch(int net, sim_net_watch_fn_t fn, void *arg) {
    if (net < 0 || net >= sim_n_nets) {
        return;
    }
    net_t *n = &nets[net];
    for (size_t i = 0; i < n->n_w; i++) {
        if (n->w[i].fn == fn && n->w[i].arg == arg) {
            memmove(&n->w[i], &n->w[i + 1], (n->n_w - i - 1) * sizeof(*n->w));
            n->n_w--;
            return;
        }
    }
}

static void net_resolve(int idx, int *level, bool *floating) {
    net_t *n = &nets[idx];
    bool lo = false, hi = false, pu = false, pd = false, an = false;
    double av = 0;
    for (size_t i = 0; i < n->n_drv; i++) {
        sim_driver_t *d = n->drv[i];
        if (d->analog) {
            an = true;
            av = d->analog_v;
        }
        switch (d->drive) {
            case SIM_DRIVE_LOW: lo = true; break;
            case SIM_DRIVE_HIGH: hi = true; break;
            case SIM_DRIVE_PULL_UP: pu = true; break;
            case SIM_DRIVE_PULL_DOWN: pd = true; break;
            default: break;
        }
    }
    *floating = false;
    if (lo && hi) {
        if (!n->short_reported) {
            n->short_reported = true;
            const char *a = NULL, *b = NULL;
            for (size_t i = 0; i < n->n_drv; i++) {
                if (n->drv[i]->drive == SIM_DRIVE_LOW && a == NULL) {
                    a = n->drv[i]->name;
                }
                if (n->drv[i]->drive == SIM_DRIVE_HIGH && b == NULL) {
                    b = n->drv[i]->name;
                }
            }
            sim_report_short(a, b);
        }
        *level = 0;
    } else if (lo || hi) {
        *level = hi;
    } else if (pu || pd) {
        *level = pu;
    } else if (an) {
        *level = av > SIM_VCC / 2;
    } else {
        *level = 0;
        *floating = true;
    }
}

void sim_net_update(int idx) {
    if (idx < 0 || idx >= sim_n_nets) {
        return;
    }
    net_t *n = &nets[idx];
    int level;
    bool floating;
    net_resolve(idx, &level, &floating);
    if (level == n->level && floating == n->floating) {
        return;
    }
    bool level_changed = level != n->level;
    n->level = level;
    n->floating = floating;
    if (sim_net_observer) {
        sim_net_observer(idx, level, floating);
    }
    if (!level_changed) {
        return;
    }
    if (depth >= SIM_NET_MAX_DEPTH) {
        sim_log("net %d: oscillation (drivers keep changing it); stopped propagating", idx);
        return;
    }
    depth++;
    // Watchers may add or remove watchers: iterate over a snapshot of the count and re-check.
    for (size_t i = 0; i < n->n_w; i++) {
        watcher_t w = n->w[i];
        w.fn(w.arg, idx, level);
        n = &nets[idx];
    }
    depth--;
}

int sim_net_level(int net) {
    return net >= 0 && net < sim_n_nets ? nets[net].level : 0;
}

bool sim_net_floating(int net) {
    return net < 0 || net >= sim_n_nets || nets[net].floating;
}

double sim_net_voltage(int net) {
    if (net < 0 || net >= sim_n_nets) {
        return 0;
    }
    net_t *n = &nets[net];
    bool strong = false;
    for (size_t i = 0; i < n->n_drv; i++) {
        if (n->drv[i]->drive == SIM_DRIVE_LOW || n->drv[i]->drive == SIM_DRIVE_HIGH) {
            strong = true;
        }
    }
    if (!strong) {
        for (size_t i = 0; i < n->n_drv; i++) {
            if (n->drv[i]->analog) {
                return n->drv[i]->analog_v;
            }
        }
    }
    return n->level ? SIM_VCC : 0.0;
}

void sim_driver_set(sim_driver_t *d, sim_drive_t drive) {
    if (d->drive == drive) {
        return;
    }
    d->drive = drive;
    sim_net_update(d->net);
}

void sim_driver_set_analog(sim_driver_t *d, double volts) {
    d->analog = true;
    d->analog_v = volts;
    sim_net_update(d->net);
}

// No nets (tests/fuzz/fuzz_board.c loads many boards in one process).
void sim_nets_reset(void) {
    for (int i = 0; i < sim_n_nets; i++) {
        free(nets[i].drv);
        free(nets[i].w);
    }
    free(nets);
    nets = NULL;
    sim_n_nets = 0;
}

// The strongest drive on a net from endpoints that are not `self`'s pins (parts look through
// their own outputs: a pushbutton joining its two sides, an open-drain line).
sim_drive_t sim_net_external_drive(int idx, const sim_part_t *self) {
    if (idx < 0 || idx >= sim_n_nets) {
        return SIM_DRIVE_Z;
    }
    net_t *n = &nets[idx];
    bool lo = false, hi = false, pu = false, pd = false;
    for (size_t i = 0; i < n->n_drv; i++) {
        const sim_driver_t *d = n->drv[i];
        if (self != NULL && d >= self->pins && d < self->pins + SIM_PART_MAX_PINS) {
            continue;
        }
        switch (d->drive) {
            case SIM_DRIVE_LOW: lo = true; break;
            case SIM_DRIVE_HIGH: hi = true; break;
            case SIM_DRIVE_PULL_UP: pu = true; break;
            case SIM_DRIVE_PULL_DOWN: pd = true; break;
            default: break;
        }
    }
    if (lo) {
        return SIM_DRIVE_LOW;
    }
    if (hi) {
        return SIM_DRIVE_HIGH;
    }
    if (pu) {
        return SIM_DRIVE_PULL_UP;
    }
    if (pd) {
        return SIM_DRIVE_PULL_DOWN;
    }
    return SIM_DRIVE_Z;
}

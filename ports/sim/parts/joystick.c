// ports/sim/parts/joystick.c: analog joystick (Wokwi "wokwi-analog-joystick"), pins VCC VERT
// HORZ SEL GND. As documented by Wokwi: idle at VCC/2 on both axes; VERT goes from 0 V
// (bottom) to VCC (top), HORZ from 0 V (right) to VCC (left); SEL is open, shorted to ground
// while the stick is pressed. Controls (ours; Wokwi documents none): x (-1 right .. 1 left),
// y (-1 bottom .. 1 top), pressed (0/1). VCC = 3.3 V (SIM_VCC). No bouncing.
#include <string.h>
#include "part_util.h"

enum { PIN_VCC, PIN_VERT, PIN_HORZ, PIN_SEL, PIN_GND };
static const char *const joy_pins[] = {"VCC", "VERT", "HORZ", "SEL", "GND", NULL};

typedef struct {
    sim_part_t base;
    double x, y;
    bool pressed;
} joy_t;

static void joy_drive(joy_t *j) {
    sim_part_drive_analog(&j->base, PIN_HORZ, SIM_VCC * (j->x + 1) / 2);
    sim_part_drive_analog(&j->base, PIN_VERT, SIM_VCC * (j->y + 1) / 2);
    sim_part_drive(&j->base, PIN_SEL, j->pressed ? SIM_DRIVE_LOW : SIM_DRIVE_Z);
}

static void joy_reset(sim_part_t *p) {
    joy_t *j = (joy_t *)p;
    j->x = j->y = 0;
    j->pressed = false;
    joy_drive(j);
}

static int joy_set_control(sim_part_t *p, const char *name, double value) {
    joy_t *j = (joy_t *)p;
    if (strcmp(name, "x") == 0) {
        j->x = sim_clampd(value, -1, 1);
    } else if (strcmp(name, "y") == 0) {
        j->y = sim_clampd(value, -1, 1);
    } else if (strcmp(name, "pressed") == 0) {
        j->pressed = value != 0;
    } else {
        return -1;
    }
    joy_drive(j);
    return 0;
}

const sim_part_type_t sim_part_analog_joystick = {
    .type = "wokwi-analog-joystick",
    .size = sizeof(joy_t),
    .pin_names = joy_pins,
    .reset = joy_reset,
    .set_control = joy_set_control,
};

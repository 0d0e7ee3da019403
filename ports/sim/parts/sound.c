// ports/sim/parts/sound.c: microphone modules (Wokwi "wokwi-small-sound-sensor" and
// "wokwi-big-sound-sensor"), pins AOUT GND VCC DOUT.
//
// Wokwi documents no model. Ours: the envelope of the sound, AOUT = VCC * level / 100 (VCC =
// 3.3 V, SIM_VCC); DOUT is HIGH while AOUT is above attr threshold (volts, default 1.65), as the
// KY-037/KY-038 comparator output. Attr and control level (ours): 0 (silence, default) .. 100
// (%); control threshold. No audio waveform: the output is the level, steady until changed.
#include <string.h>
#include "part_util.h"

enum { PIN_AOUT, PIN_GND, PIN_VCC, PIN_DOUT };
static const char *const sound_pins[] = {"AOUT", "GND", "VCC", "DOUT", NULL};

typedef struct {
    sim_part_t base;
    double level, threshold;
} sound_t;

static void sound_drive(sound_t *s) {
    double v = SIM_VCC * s->level / 100.0;
    sim_part_drive_analog(&s->base, PIN_AOUT, v);
    sim_part_drive(&s->base, PIN_DOUT, v > s->threshold ? SIM_DRIVE_HIGH : SIM_DRIVE_LOW);
}

static void sound_reset(sim_part_t *p) {
    sound_t *s = (sound_t *)p;
    s->level = sim_part_attr_range(p, "level", 0, 0, 100);
    s->threshold = sim_part_attr_range(p, "threshold", SIM_VCC / 2, 0, SIM_VCC);
    sound_drive(s);
}

static int sound_set_control(sim_part_t *p, const char *name, double value) {
    sound_t *s = (sound_t *)p;
    if (strcmp(name, "level") == 0) {
        s->level = sim_clampd(value, 0, 100);
    } else if (strcmp(name, "threshold") == 0) {
        s->threshold = sim_clampd(value, 0, SIM_VCC);
    } else {
        return -1;
    }
    sound_drive(s);
    return 0;
}

const sim_part_type_t sim_part_small_sound_sensor = {
    .type = "wokwi-small-sound-sensor",
    .size = sizeof(sound_t),
    .pin_names = sound_pins,
    .reset = sound_reset,
    .set_control = sound_set_control,
};

const sim_part_type_t sim_part_big_sound_sensor = {
    .type = "wokwi-big-sound-sensor",
    .size = sizeof(sound_t),
    .pin_names = sound_pins,
    .reset = sound_reset,
    .set_control = sound_set_control,
};

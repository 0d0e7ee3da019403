// ports/sim/record.c: the recorders: the VCD writer (every net, IEEE 1364 format, 1 ns
// timescale), PNG screenshots of display parts (libpng), and PNG reading for golden compares.
//
// VCD: one 1-bit wire per net that has at least one non-rail endpoint, named after its MCU pin
// (or first endpoint) with ':' turned into '.'; identifiers are printable ASCII codes from '!'.
// Values are 0, 1, or z for a floating net. A value change is written as it happens; the
// timestamp line "#<ns>" only when the time moved. The observer is installed only while a VCD
// is open, so it costs nothing otherwise.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <png.h>

#include "sim.h"
#include "simport.h"

static FILE *vcd;
static sim_ns_t vcd_last_t = -1;
static char (*vcd_ids)[8];

static void vcd_id(int net, char *out) {
    // base-94 over '!'..'~'
    int n = net;
    int k = 0;
    do {
        out[k++] = (char)('!' + n % 94);
        n /= 94;
    } while (n > 0 && k < 6);
    out[k] = 0;
}

static void vcd_observer(int net, int level, bool floating) {
    if (vcd == NULL || vcd_ids == NULL || net >= sim_n_nets || vcd_ids[net][0] == 0) {
        return;
    }
    sim_ns_t t = sim_now();
    if (t != vcd_last_t) {
        fprintf(vcd, "#%lld\n", (long long)t);
        vcd_last_t = t;
    }
    fprintf(vcd, "%c%s\n", floating ? 'z' : (level ? '1' : '0'), vcd_ids[net]);
}

static bool is_rail(const sim_driver_t *d) {
    return strcmp(d->name, "GND") == 0 || strcmp(d->name, "3V3") == 0 || strcmp(d->name, "5V") == 0;
}

int sim_vcd_open(const char *path) {
    vcd = fopen(path, "w");
    if (vcd == NULL) {
        return -1;
    }
    fprintf(vcd, "$date\n    (virtual time)\n$end\n$version\n    micropython-sim\n$end\n$timescale 1ns $end\n$scope module board $end\n");
    vcd_ids = calloc(sim_n_nets + 1, sizeof(*vcd_ids));
    for (int net = 0; net < sim_n_nets; net++) {
        sim_driver_t **d;
        size_t n = sim_net_drivers(net, &d);
        const sim_driver_t *label = NULL;
        bool rail = false;
        for (size_t i = 0; i < n; i++) {
            if (is_rail(d[i])) {
                rail = true;
            }
            if (d[i] >= sim_gpio && d[i] < sim_gpio + SIM_MAX_GPIO) {
                label = d[i];
            }
        }
        if (rail || n == 0) {
            continue;
        }
        if (label == NULL) {
            label = d[0];
        }
        // A net with only an unused MCU pin is still recorded (firmware may drive it).
        vcd_id(net, vcd_ids[net]);
        char name[96];
        snprintf(name, sizeof(name), "%s", label->name);
        for (char *c = name; *c; c++) {
            if (*c == ':' || *c == ' ') {
                *c = '.';
            }
        }
        fprintf(vcd, "$var wire 1 %s %s $end\n", vcd_ids[net], name);
    }
    fprintf(vcd, "$upscope $end\n$enddefinitions $end\n#%lld\n$dumpvars\n", (long long)sim_now());
    vcd_last_t = sim_now();
    for (int net = 0; net < sim_n_nets; net++) {
        if (vcd_ids[net][0]) {
            fprintf(vcd, "%c%s\n", sim_net_floating(net) ? 'z' : (sim_net_level(net) ? '1' : '0'), vcd_ids[net]);
        }
    }
    fprintf(vcd, "$end\n");
    sim_net_observer = vcd_observer;
    return 0;
}

void sim_vcd_close(void) {
    if (vcd) {
        fprintf(vcd, "#%lld\n", (long long)sim_now());
        fclose(vcd);
        vcd = NULL;
    }
    sim_net_observer = NULL;
}

bool sim_vcd_active(void) {
    return vcd != NULL;
}

// ---- PNG

bool sim_png_write(const char *path, const sim_image_t *img) {
    FILE *f = fopen(path, "wb");
    if (f == NULL) {
        return false;
    }
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    if (info == NULL || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        fclose(f);
        return false;
    }
    png_init_io(png, f);
    png_set_IHDR(png, info, img->width, img->height, 8, PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE,
        PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    // No time chunk: the same image gives the same bytes.
    png_write_info(png, info);
    for (int y = 0; y < img->height; y++) {
        png_write_row(png, img->rgba + (size_t)y * img->width * 4);
    }
    png_write_end(png, NULL);
    png_destroy_write_struct(&png, &info);
    return fclose(f) == 0;
}

bool sim_png_read(const char *path, sim_image_t *img) {
    png_image im;
    memset(&im, 0, sizeof(im));
    im.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&im, path)) {
        return false;
    }
    im.format = PNG_FORMAT_RGBA;
    if (!sim_image_alloc(img, im.width, im.height)) {
        png_image_free(&im);
        return false;
    }
    if (!png_image_finish_read(&im, NULL, img->rgba, 0, NULL)) {
        free(img->rgba);
        img->rgba = NULL;
        return false;
    }
    return true;
}

bool sim_screenshot_png(const char *part_id, const char *path, char *err, size_t err_len) {
    sim_part_t *p = sim_part_find(part_id);
    if (p == NULL || p->type == NULL) {
        snprintf(err, err_len, "no part \"%s\" on the board", part_id);
        return false;
    }
    sim_image_t img = {0};
    if (p->type->screenshot == NULL || !p->type->screenshot(p, &img)) {
        snprintf(err, err_len, "part \"%s\" (%s) is not a display", part_id, p->type->type);
        return false;
    }
    bool ok = sim_png_write(path, &img);
    free(img.rgba);
    if (!ok) {
        snprintf(err, err_len, "can't write '%s'", path);
    }
    return ok;
}

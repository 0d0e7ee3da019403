// ports/sim/modnetwork.c: the `network` module of a simulated board (MicroPython's WLAN API).
//
// There is one access point on the air, Wokwi's open "Wokwi-GUEST" (channel 6), so Wokwi
// projects that join it at boot run unchanged. Nothing leaves the process: joining gives the
// addresses Wokwi's gateway gives (10.10.0.2/24, gateway and DNS 10.10.0.1).
//
// State: two interfaces (STA_IF 0, AP_IF 1), each {active, status, when}. A connect() starts
// at virtual time `when`; the status a query sees is computed from the clock (CONNECTING until
// when + 1 s, then GOT_IP, or NO_AP_FOUND after 3 s for an unknown SSID), so polling
// `isconnected()` in a sleep loop or a busy loop both see the join happen in virtual time.
// The board starts every boot with the radio off and its sockets closed (sim_network_reset(),
// called by sim_machine_init()). Status codes and constants follow the profile: esp32's (1000/1001/1010,
// 201/202) or rp2's CYW43 ones (0/1/3, -2/-3).
#include <errno.h>
#include <string.h>

#include "py/runtime.h"
#include "sim.h"
#include "simport.h"
#include "machine.h"

#define NET_JOIN_NS (1000 * SIM_NS_PER_MS)
#define NET_FAIL_NS (3000 * SIM_NS_PER_MS)
#define NET_GUEST_SSID "Wokwi-GUEST"

typedef enum { ST_IDLE, ST_CONNECTING, ST_GOT_IP, ST_NO_AP, ST_WRONG_PASSWORD } net_state_t;

typedef struct {
    mp_obj_base_t base;
    int itf;
} network_wlan_obj_t;

static struct {
    bool active;
    bool joining_guest;     // the SSID asked for exists
    bool wrong_key;
    net_state_t state;      // the state before `when` resolves (CONNECTING resolves by time)
    sim_ns_t when;
    char ssid[33];
} net_if[2];

static const mp_obj_type_t network_wlan_type;
static const network_wlan_obj_t network_wlan_sta = {{&network_wlan_type}, 0};
static const network_wlan_obj_t network_wlan_ap = {{&network_wlan_type}, 1};

void sim_socket_close_all(void);    // ports/unix/modsocket.c

void sim_network_reset(void) {
    memset(net_if, 0, sizeof(net_if));
    sim_socket_close_all();
}

static bool net_is_rp2(void) {
    return strcmp(sim_profile->platform, "rp2") == 0;
}

static net_state_t net_state(int itf) {
    if (net_if[itf].state == ST_CONNECTING) {
        sim_ns_t dt = sim_now() - net_if[itf].when;
        if (net_if[itf].joining_guest && dt >= NET_JOIN_NS) {
            net_if[itf].state = net_if[itf].wrong_key ? ST_WRONG_PASSWORD : ST_GOT_IP;
        } else if (!net_if[itf].joining_guest && dt >= NET_FAIL_NS) {
            net_if[itf].state = ST_NO_AP;
        }
    }
    return net_if[itf].state;
}

static mp_int_t net_status_code(net_state_t s) {
    static const mp_int_t esp32[] = {1000, 1001, 1010, 201, 202};
    static const mp_int_t rp2[] = {0, 1, 3, -2, -3};
    return net_is_rp2() ? rp2[s] : esp32[s];
}

// The gate of the socket module (ports/unix/modsocket.c compiled into the board): the host's
// network is reachable only while the station interface has an address, as on a board whose
// radio is the only way out.
void sim_network_check(void) {
    if (!(net_if[0].active && net_state(0) == ST_GOT_IP)) {
        mp_raise_OSError(ENETUNREACH);
    }
}

static NORETURN void net_raise_not_started(void) {
    mp_raise_msg(&mp_type_OSError, "Wifi Not Started");
}

static mp_obj_t network_wlan_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    mp_arg_check_num(n_args, n_kw, 0, 1, false);
    mp_int_t itf = n_args > 0 ? mp_obj_get_int(args[0]) : 0;
    if (itf == 0) {
        return MP_OBJ_FROM_PTR(&network_wlan_sta);
    }
    if (itf == 1) {
        return MP_OBJ_FROM_PTR(&network_wlan_ap);
    }
    mp_raise_ValueError("invalid WLAN interface identifier");
}

static mp_obj_t network_wlan_active(size_t n_args, const mp_obj_t *args) {
    network_wlan_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    if (n_args > 1) {
        bool on = mp_obj_is_true(args[1]);
        if (!on) {
            memset(&net_if[self->itf], 0, sizeof(net_if[0]));
        }
        net_if[self->itf].active = on;
        return mp_const_none;
    }
    return mp_obj_new_bool(net_if[self->itf].active);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(network_wlan_active_obj, 1, 2, network_wlan_active);

static mp_obj_t network_wlan_connect(size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    enum { ARG_ssid, ARG_key, ARG_bssid };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_ssid, MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_key, MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_bssid, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = mp_const_none} },
    };
    network_wlan_obj_t *self = MP_OBJ_TO_PTR(pos[0]);
    mp_arg_val_t a[3];
    mp_arg_parse_all(n_args - 1, pos + 1, kw, 3, allowed, a);
    if (self->itf != 0) {
        mp_raise_msg(&mp_type_OSError, "Wifi Invalid Mode");
    }
    if (!net_if[0].active) {
        net_raise_not_started();
    }
    size_t len = 0;
    const char *ssid = a[ARG_ssid].u_obj == mp_const_none ? net_if[0].ssid : mp_obj_str_get_data(a[ARG_ssid].u_obj, &len);
    if (a[ARG_ssid].u_obj == mp_const_none) {
        len = strlen(ssid);
    }
    if (len > 32) {
        mp_raise_ValueError("SSID too long");
    }
    size_t key_len = 0;
    if (a[ARG_key].u_obj != mp_const_none) {
        mp_obj_str_get_data(a[ARG_key].u_obj, &key_len);
        if (key_len > 64) {
            mp_raise_ValueError("key too long");
        }
    }
    memmove(net_if[0].ssid, ssid, len);
    net_if[0].ssid[len] = '\0';
    net_if[0].joining_guest = strcmp(net_if[0].ssid, NET_GUEST_SSID) == 0;
    net_if[0].wrong_key = false; // an open network accepts any key, as Wokwi's does
    net_if[0].state = ST_CONNECTING;
    net_if[0].when = sim_now();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(network_wlan_connect_obj, 1, network_wlan_connect);

static mp_obj_t network_wlan_disconnect(mp_obj_t self_in) {
    network_wlan_obj_t *self = MP_OBJ_TO_PTR(self_in);
    net_if[self->itf].state = ST_IDLE;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(network_wlan_disconnect_obj, network_wlan_disconnect);

static mp_obj_t network_wlan_isconnected(mp_obj_t self_in) {
    network_wlan_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->itf == 1) {
        return mp_const_false; // no station ever joins the board's access point
    }
    return mp_obj_new_bool(net_if[0].active && net_state(0) == ST_GOT_IP);
}
static MP_DEFINE_CONST_FUN_OBJ_1(network_wlan_isconnected_obj, network_wlan_isconnected);

static mp_obj_t network_wlan_status(size_t n_args, const mp_obj_t *args) {
    network_wlan_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    if (n_args > 1) {
        const char *what = mp_obj_str_get_str(args[1]);
        if (strcmp(what, "rssi") == 0) {
            if (self->itf != 0 || net_state(0) != ST_GOT_IP) {
                mp_raise_msg(&mp_type_OSError, "Wifi Not Connected");
            }
            return MP_OBJ_NEW_SMALL_INT(-40);
        }
        if (strcmp(what, "stations") == 0) {
            return mp_obj_new_list(0, NULL);
        }
        mp_raise_ValueError("unknown status param");
    }
    if (!net_if[self->itf].active) {
        return MP_OBJ_NEW_SMALL_INT(net_status_code(ST_IDLE));
    }
    return MP_OBJ_NEW_SMALL_INT(net_status_code(self->itf == 0 ? net_state(0) : ST_IDLE));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(network_wlan_status_obj, 1, 2, network_wlan_status);

static mp_obj_t network_wlan_scan(mp_obj_t self_in) {
    network_wlan_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->itf != 0) {
        mp_raise_msg(&mp_type_OSError, "Wifi Invalid Mode");
    }
    if (!net_if[0].active) {
        net_raise_not_started();
    }
    sim_sleep_ns(2000 * SIM_NS_PER_MS); // a scan visits every channel (about 2 s on hardware)
    static const byte bssid[6] = {0x42, 0x13, 0x37, 0x55, 0xaa, 0x01};
    mp_obj_t t[6] = {
        mp_obj_new_bytes((const byte *)NET_GUEST_SSID, strlen(NET_GUEST_SSID)),
        mp_obj_new_bytes(bssid, 6), MP_OBJ_NEW_SMALL_INT(6), MP_OBJ_NEW_SMALL_INT(-40),
        MP_OBJ_NEW_SMALL_INT(0), mp_const_false,
    };
    mp_obj_t entry = mp_obj_new_tuple(6, t);
    return mp_obj_new_list(1, &entry);
}
static MP_DEFINE_CONST_FUN_OBJ_1(network_wlan_scan_obj, network_wlan_scan);

static mp_obj_t net_addr_tuple(const char *a, const char *b, const char *c, const char *d) {
    mp_obj_t t[4] = {
        mp_obj_new_str(a, strlen(a)), mp_obj_new_str(b, strlen(b)),
        mp_obj_new_str(c, strlen(c)), mp_obj_new_str(d, strlen(d)),
    };
    return mp_obj_new_tuple(4, t);
}

static mp_obj_t network_wlan_ifconfig(size_t n_args, const mp_obj_t *args) {
    network_wlan_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    if (n_args > 1) {
        size_t n;
        mp_obj_t *items;
        if (!mp_obj_is_type(args[1], &mp_type_tuple) && !mp_obj_is_type(args[1], &mp_type_list)) {
            mp_raise_TypeError("ifconfig takes a 4-tuple");
        }
        mp_obj_get_array(args[1], &n, &items);
        if (n != 4) {
            mp_raise_ValueError("ifconfig takes a 4-tuple");
        }
        return mp_const_none; // static addresses are accepted; the simulated network ignores them
    }
    if (self->itf == 1) {
        if (!net_if[1].active) {
            return net_addr_tuple("0.0.0.0", "0.0.0.0", "0.0.0.0", "0.0.0.0");
        }
        return net_addr_tuple("192.168.4.1", "255.255.255.0", "192.168.4.1", "0.0.0.0");
    }
    if (!net_if[0].active || net_state(0) != ST_GOT_IP) {
        return net_addr_tuple("0.0.0.0", "0.0.0.0", "0.0.0.0", "0.0.0.0");
    }
    return net_addr_tuple("10.10.0.2", "255.255.255.0", "10.10.0.1", "10.10.0.1");
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(network_wlan_ifconfig_obj, 1, 2, network_wlan_ifconfig);

static mp_obj_t net_mac(int itf) {
    byte mac[6] = {0x24, 0x0a, 0xc4, 0x5e, 0x1a, (byte)(0x2c + itf)};
    return mp_obj_new_bytes(mac, 6);
}

static mp_obj_t network_wlan_config(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    network_wlan_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    if (n_args > 1 && kw->used > 0) {
        mp_raise_TypeError("either pos or kw args are allowed");
    }
    if (kw->used > 0) {
        // setting: the known parameters are accepted (the simulated radio has no use for them)
        for (size_t i = 0; i < kw->alloc; i++) {
            if (kw->table[i].key == MP_OBJ_NULL || kw->table[i].key == MP_OBJ_SENTINEL) {
                continue;
            }
            const char *k = mp_obj_str_get_str(kw->table[i].key);
            static const char *const known[] = {
                "mac", "ssid", "essid", "channel", "hidden", "security", "authmode", "key",
                "password", "hostname", "dhcp_hostname", "reconnects", "txpower", "pm", "max_clients",
                "protocol",
            };
            bool ok = false;
            for (size_t j = 0; j < MP_ARRAY_SIZE(known); j++) {
                ok |= strcmp(k, known[j]) == 0;
            }
            if (!ok) {
                mp_raise_ValueError("unknown config param");
            }
            if (self->itf == 0 && strcmp(k, "ssid") == 0) {
                size_t len;
                const char *s = mp_obj_str_get_data(kw->table[i].value, &len);
                if (len > 32) {
                    mp_raise_ValueError("SSID too long");
                }
                memcpy(net_if[0].ssid, s, len);
                net_if[0].ssid[len] = '\0';
            }
        }
        return mp_const_none;
    }
    if (n_args != 2) {
        mp_raise_TypeError("can query only one param");
    }
    const char *k = mp_obj_str_get_str(args[1]);
    if (strcmp(k, "mac") == 0) {
        return net_mac(self->itf);
    }
    if (strcmp(k, "ssid") == 0 || strcmp(k, "essid") == 0) {
        if (self->itf == 1) {
            return mp_obj_new_str("ESP_5E1A2D", 10);
        }
        return mp_obj_new_str(net_if[0].ssid, strlen(net_if[0].ssid));
    }
    if (strcmp(k, "channel") == 0) {
        return MP_OBJ_NEW_SMALL_INT(self->itf == 0 && net_state(0) != ST_GOT_IP ? 0 : 6);
    }
    if (strcmp(k, "hidden") == 0) {
        return mp_const_false;
    }
    if (strcmp(k, "security") == 0 || strcmp(k, "authmode") == 0) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    if (strcmp(k, "hostname") == 0 || strcmp(k, "dhcp_hostname") == 0) {
        return MP_OBJ_NEW_QSTR(net_is_rp2() ? MP_QSTR_PicoW : MP_QSTR_mpy_hyphen_esp32);
    }
    if (strcmp(k, "reconnects") == 0) {
        return MP_OBJ_NEW_SMALL_INT(-1);
    }
    if (strcmp(k, "txpower") == 0) {
        return mp_obj_new_float(20);
    }
    mp_raise_ValueError("unknown config param");
}
static MP_DEFINE_CONST_FUN_OBJ_KW(network_wlan_config_obj, 1, network_wlan_config);

static const mp_rom_map_elem_t network_wlan_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_active), MP_ROM_PTR(&network_wlan_active_obj) },
    { MP_ROM_QSTR(MP_QSTR_connect), MP_ROM_PTR(&network_wlan_connect_obj) },
    { MP_ROM_QSTR(MP_QSTR_disconnect), MP_ROM_PTR(&network_wlan_disconnect_obj) },
    { MP_ROM_QSTR(MP_QSTR_isconnected), MP_ROM_PTR(&network_wlan_isconnected_obj) },
    { MP_ROM_QSTR(MP_QSTR_status), MP_ROM_PTR(&network_wlan_status_obj) },
    { MP_ROM_QSTR(MP_QSTR_scan), MP_ROM_PTR(&network_wlan_scan_obj) },
    { MP_ROM_QSTR(MP_QSTR_ifconfig), MP_ROM_PTR(&network_wlan_ifconfig_obj) },
    { MP_ROM_QSTR(MP_QSTR_config), MP_ROM_PTR(&network_wlan_config_obj) },
    { MP_ROM_QSTR(MP_QSTR_PM_NONE), MP_ROM_INT(0) },
    { MP_ROM_QSTR(MP_QSTR_PM_PERFORMANCE), MP_ROM_INT(1) },
    { MP_ROM_QSTR(MP_QSTR_PM_POWERSAVE), MP_ROM_INT(2) },
};
static MP_DEFINE_CONST_DICT(network_wlan_locals, network_wlan_locals_table);

static void network_wlan_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    network_wlan_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<WLAN %s>", self->itf == 0 ? "STA_IF" : "AP_IF");
}

static const mp_obj_type_t network_wlan_type = {
    {&mp_type_type},
    .name = MP_QSTR_WLAN,
    .make_new = network_wlan_make_new,
    .print = network_wlan_print,
    .locals_dict = (mp_obj_dict_t *)&network_wlan_locals,
};

static mp_obj_t network_hostname(size_t n_args, const mp_obj_t *args) {
    (void)args;
    if (n_args > 0) {
        return mp_const_none;
    }
    return MP_OBJ_NEW_QSTR(net_is_rp2() ? MP_QSTR_PicoW : MP_QSTR_mpy_hyphen_esp32);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(network_hostname_obj, 0, 1, network_hostname);

static mp_obj_t network_country(size_t n_args, const mp_obj_t *args) {
    (void)args;
    if (n_args > 0) {
        return mp_const_none;
    }
    return MP_OBJ_NEW_QSTR(MP_QSTR_XX);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(network_country_obj, 0, 1, network_country);

// The STAT_* constants are the profile's (PEP 562 module __getattr__): esp32's 1000/1001/1010,
// 200-204; rp2's CYW43 codes 0/1/3, -1/-2/-3 (the Pico W tutorial compares status() with 3).
static mp_obj_t network_getattr(mp_obj_t name_in) {
    static const struct { qstr name; int16_t esp32, rp2; } stat[] = {
        { MP_QSTR_STAT_IDLE, 1000, 0 },
        { MP_QSTR_STAT_CONNECTING, 1001, 1 },
        { MP_QSTR_STAT_GOT_IP, 1010, 3 },
        { MP_QSTR_STAT_NO_AP_FOUND, 201, -2 },
        { MP_QSTR_STAT_WRONG_PASSWORD, 202, -3 },
        { MP_QSTR_STAT_BEACON_TIMEOUT, 200, 0x7fff },
        { MP_QSTR_STAT_ASSOC_FAIL, 203, 0x7fff },
        { MP_QSTR_STAT_HANDSHAKE_TIMEOUT, 204, 0x7fff },
        { MP_QSTR_STAT_CONNECT_FAIL, 0x7fff, -1 },
    };
    qstr name = mp_obj_str_get_qstr(name_in);
    for (size_t i = 0; i < MP_ARRAY_SIZE(stat); i++) {
        int v = net_is_rp2() ? stat[i].rp2 : stat[i].esp32;
        if (stat[i].name == name && v != 0x7fff) {
            return MP_OBJ_NEW_SMALL_INT(v);
        }
    }
    mp_raise_msg_varg(&mp_type_AttributeError, "module 'network' has no attribute '%s'", qstr_str(name));
}
static MP_DEFINE_CONST_FUN_OBJ_1(network_getattr_obj, network_getattr);

static const mp_rom_map_elem_t network_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_network) },
    { MP_ROM_QSTR(MP_QSTR_WLAN), MP_ROM_PTR(&network_wlan_type) },
    { MP_ROM_QSTR(MP_QSTR_hostname), MP_ROM_PTR(&network_hostname_obj) },
    { MP_ROM_QSTR(MP_QSTR_country), MP_ROM_PTR(&network_country_obj) },
    { MP_ROM_QSTR(MP_QSTR_STA_IF), MP_ROM_INT(0) },
    { MP_ROM_QSTR(MP_QSTR_AP_IF), MP_ROM_INT(1) },
    { MP_ROM_QSTR(MP_QSTR_AUTH_OPEN), MP_ROM_INT(0) },
    { MP_ROM_QSTR(MP_QSTR_AUTH_WEP), MP_ROM_INT(1) },
    { MP_ROM_QSTR(MP_QSTR_AUTH_WPA_PSK), MP_ROM_INT(2) },
    { MP_ROM_QSTR(MP_QSTR_AUTH_WPA2_PSK), MP_ROM_INT(3) },
    { MP_ROM_QSTR(MP_QSTR_AUTH_WPA_WPA2_PSK), MP_ROM_INT(4) },
    { MP_ROM_QSTR(MP_QSTR___getattr__), MP_ROM_PTR(&network_getattr_obj) },
};
static MP_DEFINE_CONST_DICT(network_globals, network_globals_table);

const mp_obj_module_t mp_module_network = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&network_globals,
};
MP_REGISTER_MODULE(MP_QSTR_network, mp_module_network);

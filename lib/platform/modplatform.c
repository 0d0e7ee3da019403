// lib/platform/modplatform.c: the platform module as MicroPython's unix port has it.
//
// platform()         "<system>-<MicroPython version>-<architecture>-with-<libc><version>",
//                    e.g. "Linux-1.24.0-x86_64-with-glibc2.36" (no platform-version part on
//                    unix; it is omitted when empty).
// python_compiler()  the compiler that built us, e.g. "GCC 12.2.0" or "Clang 16.0.0".
// libc_ver()         (lib, version), e.g. ("glibc", "2.36"); empty strings when unknown.
// Every value is fixed at build time from the compiler's predefined macros.
#include <string.h>

#include "py/runtime.h"

#if defined(__linux__)
#define PLATFORM_SYSTEM "Linux"
#elif defined(__APPLE__)
#define PLATFORM_SYSTEM "Darwin"
#else
#define PLATFORM_SYSTEM "Unix"
#endif

#if defined(__x86_64__)
#define PLATFORM_ARCH "x86_64"
#elif defined(__i386__)
#define PLATFORM_ARCH "x86"
#elif defined(__aarch64__)
#define PLATFORM_ARCH "aarch64"
#elif defined(__arm__)
#define PLATFORM_ARCH "arm"
#elif defined(__riscv) && __riscv_xlen == 64
#define PLATFORM_ARCH "riscv64"
#elif defined(__riscv)
#define PLATFORM_ARCH "riscv32"
#elif defined(__mips__)
#define PLATFORM_ARCH "mips"
#else
#define PLATFORM_ARCH ""
#endif

#define PLATFORM_STR2(x) #x
#define PLATFORM_STR(x) PLATFORM_STR2(x)

#if defined(__GLIBC__)
#define PLATFORM_LIBC_LIB "glibc"
#define PLATFORM_LIBC_VER PLATFORM_STR(__GLIBC__) "." PLATFORM_STR(__GLIBC_MINOR__)
#else
#define PLATFORM_LIBC_LIB ""
#define PLATFORM_LIBC_VER ""
#endif

#if defined(__clang__)
#define PLATFORM_COMPILER "Clang " __clang_version__
#elif defined(__GNUC__)
#define PLATFORM_COMPILER "GCC " PLATFORM_STR(__GNUC__) "." PLATFORM_STR(__GNUC_MINOR__) "." PLATFORM_STR(__GNUC_PATCHLEVEL__)
#else
#define PLATFORM_COMPILER ""
#endif

static mp_obj_t platform_str(const char *s) {
    return mp_obj_new_str(s, strlen(s));
}

static mp_obj_t platform_platform(void) {
    vstr_t vstr;
    vstr_init(&vstr, 64);
    vstr_add_str(&vstr, PLATFORM_SYSTEM "-" MICROPY_VERSION_STRING);
    if (PLATFORM_ARCH[0]) {
        vstr_add_str(&vstr, "-" PLATFORM_ARCH);
    }
    if (PLATFORM_LIBC_LIB[0]) {
        vstr_add_str(&vstr, "-with-" PLATFORM_LIBC_LIB PLATFORM_LIBC_VER);
    }
    return mp_obj_new_str_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_0(platform_platform_obj, platform_platform);

static mp_obj_t platform_python_compiler(void) {
    return platform_str(PLATFORM_COMPILER);
}
static MP_DEFINE_CONST_FUN_OBJ_0(platform_python_compiler_obj, platform_python_compiler);

static mp_obj_t platform_libc_ver(void) {
    mp_obj_t items[2] = {platform_str(PLATFORM_LIBC_LIB), platform_str(PLATFORM_LIBC_VER)};
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_0(platform_libc_ver_obj, platform_libc_ver);

static const mp_rom_map_elem_t platform_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_platform) },
    { MP_ROM_QSTR(MP_QSTR_platform), MP_ROM_PTR(&platform_platform_obj) },
    { MP_ROM_QSTR(MP_QSTR_python_compiler), MP_ROM_PTR(&platform_python_compiler_obj) },
    { MP_ROM_QSTR(MP_QSTR_libc_ver), MP_ROM_PTR(&platform_libc_ver_obj) },
};
MP_DEFINE_CONST_MODULE(platform_module, platform_module_globals_table);

MP_REGISTER_MODULE(MP_QSTR_platform, platform_module);

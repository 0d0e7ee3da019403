# lib/syslibs.mk: the Debian libraries the shared modules in lib/ link, found at build time.
# Included by every port's Makefile (after CC is set); sets LIBS_SYSTEM. A missing header stops
# the build with the package to install.
#
#   header          package        used by
#   pcre2.h         libpcre2-dev   re
#   openssl/ssl.h   libssl-dev     hashlib, cryptolib, ssl/tls
#   zlib.h          zlib1g-dev     deflate, binascii.crc32
#   png.h           libpng-dev     the simulated board's screenshots and golden images
#   yaml.h          libyaml-dev    the simulated board's scenarios
#   db.h            libdb5.3-dev   btree (Berkeley DB 5.3, native API)

syslib_have = $(shell printf '\#define PCRE2_CODE_UNIT_WIDTH 8\n\#include <$(1)>\n' | $(CC) -E - >/dev/null 2>&1 && echo 1)
syslib_need = $(if $(call syslib_have,$(1)),,$(error $(1) not found: install it with `apt-get install $(2)`))

$(call syslib_need,pcre2.h,libpcre2-dev)
$(call syslib_need,openssl/ssl.h,libssl-dev)
$(call syslib_need,zlib.h,zlib1g-dev)
$(call syslib_need,png.h,libpng-dev)
$(call syslib_need,yaml.h,libyaml-dev)
$(call syslib_need,db.h,libdb5.3-dev)

SYSLIBS := pcre2-8 ssl crypto png z yaml db

# How they are linked: these and the ports' readline (+ its tinfo) and libffi come from the
# static archives the same -dev packages ship (lib*.a), into a non-PIE executable; libc and
# libm stay shared. A shared libcrypto alone costs ~28,000 relocations at every start.
# Measured on the unix port (`-c pass`, perf stat -r 200): start-up 2.92 -> 1.20 ms (/bin/true
# 1.02 ms), peak RSS 5.1 -> 3.0 MiB. SYSLIBS_STATIC=0, or any archive missing, links the
# shared objects instead.
SYSLIBS_STATIC ?= 1
syslib_archive = $(filter /%,$(shell $(CC) -print-file-name=lib$(1).a 2>/dev/null))
SYSLIBS_ALL_ARCHIVES := $(if $(filter 1,$(SYSLIBS_STATIC)),$(if $(strip $(foreach l,readline tinfo ffi $(SYSLIBS),$(if $(call syslib_archive,$(l)),,$(l)))),,1))
# $(call syslib_link,names): the link flags for libraries `names` (tinfo only when static:
# the shared readline pulls it in itself)
syslib_static_begin := -no-pie -Wl,-Bstatic
syslib_static_end := -Wl,-Bdynamic
syslib_link = $(if $(SYSLIBS_ALL_ARCHIVES),$(syslib_static_begin) $(addprefix -l,$(1)) $(syslib_static_end),$(addprefix -l,$(filter-out tinfo,$(1))))
LIBS_SYSTEM := $(call syslib_link,$(SYSLIBS))
CFLAGS_SYSTEM := -DPCRE2_CODE_UNIT_WIDTH=8

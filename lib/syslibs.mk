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

LIBS_SYSTEM := -lpcre2-8 -lssl -lcrypto -lz -lpng -lyaml -ldb
CFLAGS_SYSTEM := -DPCRE2_CODE_UNIT_WIDTH=8

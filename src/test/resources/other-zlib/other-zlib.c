/*
 * A stand-in for a zlib that compresses differently (as zlib-ng does): the machine's own zlib,
 * asked for a larger hash table and symbol buffer than the caller wanted. Its output is valid
 * deflate, with other matches and blocks. Put in front with LD_PRELOAD by DeterminismTest.
 */
#define _GNU_SOURCE
#include <dlfcn.h>

typedef int (*init2_fn)(void *, int, int, int, int, int, const char *, int);

int deflateInit2_(void *strm, int level, int method, int windowBits, int memLevel, int strategy,
                  const char *version, int stream_size) {
  static init2_fn real;
  if (!real) {
    real = (init2_fn) dlsym(RTLD_NEXT, "deflateInit2_");
  }
  return real(strm, level, method, windowBits, memLevel == 9 ? 8 : 9, strategy, version, stream_size);
}

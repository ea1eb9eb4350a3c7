#ifndef BENKANG_CRSVG_SHIM_H
#define BENKANG_CRSVG_SHIM_H
#include <librsvg/rsvg.h>
#include <cairo.h>
#include <cairo-pdf.h>
#endif

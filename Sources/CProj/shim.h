#ifndef BENKANG_CPROJ_SHIM_H
#define BENKANG_CPROJ_SHIM_H
#include <proj.h>
#include <geodesic.h>
#endif

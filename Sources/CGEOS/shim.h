#ifndef BENKANG_CGEOS_SHIM_H
#define BENKANG_CGEOS_SHIM_H
/* Only the reentrant (_r) API: every call takes the handle of the context it runs in. */
#ifndef GEOS_USE_ONLY_R_API
#define GEOS_USE_ONLY_R_API
#endif
#include <geos_c.h>
#endif

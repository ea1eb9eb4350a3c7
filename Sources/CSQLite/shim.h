#ifndef BENKANG_CSQLITE_SHIM_H
#define BENKANG_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif

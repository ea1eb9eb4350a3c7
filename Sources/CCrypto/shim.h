#ifndef BENKANG_CCRYPTO_SHIM_H
#define BENKANG_CCRYPTO_SHIM_H
#include <openssl/crypto.h>
#include <openssl/evp.h>
#endif

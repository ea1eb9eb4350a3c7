// libFuzzer's driver entry (compiler-rt, linked by -sanitize=fuzzer): runs the fuzzing
// loop with the command line's libFuzzer flags, calling `callback` once per input.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

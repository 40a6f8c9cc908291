// libFuzzer's entry for programs with their own main(): declared here because Swift cannot
// declare a C function itself. Only called in the fuzzing build, which links libFuzzer.
#ifndef LIBFUZZER_DRIVER_H
#define LIBFUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif

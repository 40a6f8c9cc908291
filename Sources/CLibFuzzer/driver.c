// Nothing to compile: the target only exports libfuzzer_driver.h (SwiftPM needs one source file).
#include "libfuzzer_driver.h"

/* placeholder: being written */
#include "config.h"
#include "dateline-segment.h"

/* placeholder: being written */
#include "config.h"
#include "dateline-timex.h"

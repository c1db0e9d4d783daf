/* placeholder: being written */
#include "config.h"
#include "dateline-viewport.h"

/* placeholder: being written */
#include "config.h"
#include "dateline-export.h"

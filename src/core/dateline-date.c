/* placeholder: being written */
#include "config.h"
#include "dateline-date.h"

/* placeholder: being written */
#include "config.h"
#include "dateline-extract.h"

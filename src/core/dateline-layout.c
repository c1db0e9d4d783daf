/* placeholder: being written */
#include "config.h"
#include "dateline-layout.h"

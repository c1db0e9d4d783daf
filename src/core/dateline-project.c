/* placeholder: being written */
#include "config.h"
#include "dateline-project.h"

/* placeholder: being written */
#include "config.h"
#include "dateline-renderer.h"

/* placeholder: being written */
#include "config.h"
#include "dateline-event.h"

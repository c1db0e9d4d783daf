/* placeholder: being written */
#include "config.h"
#include "dateline-actor.h"

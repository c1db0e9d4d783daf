/* placeholder: being written */
#include "config.h"
#include "dateline-ingest.h"

/* placeholder: being written */
#include "config.h"
#include "dateline-article.h"

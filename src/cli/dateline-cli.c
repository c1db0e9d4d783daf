/* placeholder: being written */
#include "config.h"
#include "dateline-cli.h"
gboolean dateline_cli_is_command (int argc, char **argv) { return FALSE; }
int dateline_cli_run (int argc, char **argv) { return 1; }

/* placeholder: being written */
#include "config.h"
#include "dateline-application.h"
struct _DatelineApplication { AdwApplication parent_instance; };
G_DEFINE_FINAL_TYPE (DatelineApplication, dateline_application, ADW_TYPE_APPLICATION)
static void dateline_application_class_init (DatelineApplicationClass *klass) {}
static void dateline_application_init (DatelineApplication *self) {}
DatelineApplication *dateline_application_new (void)
{ return g_object_new (DATELINE_TYPE_APPLICATION, "application-id", APPLICATION_ID, NULL); }

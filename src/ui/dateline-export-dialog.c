/* dateline-export-dialog.c — what to export: format, range, size, style, extras
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "dateline-compat.h"
#include "dateline-export-dialog.h"
#include "dateline-ui-private.h"

/* TODO(export API): the title, the legend, the footnotes and the print
 * resolution need dateline_export_to_file_full() and DatelineExportDocument
 * in src/core/dateline-export.h (requested from the renderer's owner, see
 * the report of issue 6). That header defines DATELINE_EXPORT_HAS_DOCUMENT
 * with them; until then those rows are hidden and exports have none. */

struct _DatelineExportDialog
{
  AdwWindow          parent_instance;

  /* template widgets */
  AdwComboRow       *format_row;
  AdwComboRow       *range_row;
  AdwComboRow       *style_row;
  GtkWidget         *contents_group;
  AdwActionRow      *title_row;
  GtkSwitch         *title_switch;
  GtkSwitch         *legend_switch;
  GtkWidget         *sources_row;
  GtkSwitch         *sources_switch;
  GtkSpinButton     *width_spin;
  GtkSpinButton     *height_spin;
  AdwComboRow       *unit_row;
  AdwActionRow      *dpi_row;
  GtkSpinButton     *dpi_spin;

  /* owned */
  GSettings         *settings;
  GFile             *initial_folder;
  char              *name;
  double             visible_begin;
  double             visible_end;
  double             whole_begin;
  double             whole_end;
};

G_DEFINE_FINAL_TYPE (DatelineExportDialog, dateline_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------ */
/* Choices                                                                    */
/* ------------------------------------------------------------------------ */

const char *
dateline_export_format_get_extension (DatelineExportFormat format)
{
  switch (format)
    {
    case DATELINE_EXPORT_SVG: return "svg";
    case DATELINE_EXPORT_PDF: return "pdf";
    case DATELINE_EXPORT_PNG:
    default:                  return "png";
    }
}

static DatelineExportFormat
format_from_extension (const char *extension)
{
  if (g_strcmp0 (extension, "svg") == 0)
    return DATELINE_EXPORT_SVG;
  if (g_strcmp0 (extension, "pdf") == 0)
    return DATELINE_EXPORT_PDF;
  return DATELINE_EXPORT_PNG;
}

void
dateline_export_choices_load (DatelineExportChoices *choices,
                              GSettings             *settings)
{
  g_autofree char *format = NULL;
  g_autofree char *range = NULL;
  g_autofree char *unit = NULL;

  g_return_if_fail (choices != NULL);

  *choices = (DatelineExportChoices) DATELINE_EXPORT_CHOICES_INIT;
  if (settings == NULL)
    return;

  format = g_settings_get_string (settings, "last-export-format");
  range = g_settings_get_string (settings, "export-range");
  unit = g_settings_get_string (settings, "export-size-unit");

  choices->format = format_from_extension (format);
  choices->whole_timeline = g_strcmp0 (range, "whole") == 0;
  choices->width = g_settings_get_int (settings, "export-width");
  choices->height = g_settings_get_int (settings, "export-height");
  choices->use_dpi = g_strcmp0 (unit, "dpi") == 0;
  choices->dpi = g_settings_get_int (settings, "export-dpi");
  choices->dark = g_settings_get_boolean (settings, "export-dark");
  choices->title = g_settings_get_boolean (settings, "export-title");
  choices->legend = g_settings_get_boolean (settings, "export-legend");
  choices->sources = g_settings_get_boolean (settings, "export-sources");
}

void
dateline_export_choices_store (const DatelineExportChoices *choices,
                               GSettings                   *settings)
{
  g_return_if_fail (choices != NULL);

  if (settings == NULL)
    return;

  g_settings_delay (settings);
  g_settings_set_string (settings, "last-export-format", dateline_export_format_get_extension (choices->format));
  g_settings_set_string (settings, "export-range", choices->whole_timeline ? "whole" : "visible");
  g_settings_set_int (settings, "export-width", CLAMP (choices->width, 200, 32767));
  g_settings_set_int (settings, "export-height", CLAMP (choices->height, 150, 32767));
  g_settings_set_string (settings, "export-size-unit", choices->use_dpi ? "dpi" : "pixels");
  g_settings_set_int (settings, "export-dpi", CLAMP (choices->dpi, 72, 1200));
  g_settings_set_boolean (settings, "export-dark", choices->dark);
  g_settings_set_boolean (settings, "export-title", choices->title);
  g_settings_set_boolean (settings, "export-legend", choices->legend);
  g_settings_set_boolean (settings, "export-sources", choices->sources);
  g_settings_apply (settings);
}

/* ------------------------------------------------------------------------ */
/* Footnotes                                                                  */
/* ------------------------------------------------------------------------ */

static int
compare_refs (gconstpointer a,
              gconstpointer b)
{
  const DatelineExportNoteRef *ra = a;
  const DatelineExportNoteRef *rb = b;

  if (ra->event_index != rb->event_index)
    return ra->event_index < rb->event_index ? -1 : 1;
  return ra->note < rb->note ? -1 : ra->note > rb->note;
}

static char *
dup_source_note (DatelineArticle *article)
{
  const char *title = dateline_article_get_title (article);
  const char *source = dateline_article_get_source (article);
  const DatelineWhen *published = dateline_article_get_published (article);
  g_autofree char *date = NULL;

  if (title == NULL || title[0] == '\0')
    title = source;

  if (published == NULL || !dateline_when_is_dated (published))
    /* Translators: a footnote of an export: article title — file name */
    return g_strdup_printf (_("%s — %s, publication date unknown"), title, source);

  date = dateline_when_dup_display (published);
  /* Translators: a footnote of an export: article title — file name, publication date */
  return g_strdup_printf (_("%s — %s, published %s"), title, source, date);
}

static void
cite_event (DatelineProject *project,
            GListModel      *events,
            guint            event_index,
            GHashTable      *numbers,
            GPtrArray       *notes,
            GArray          *refs)
{
  g_autoptr(DatelineEvent) event = g_list_model_get_item (events, event_index);
  const DatelineSourceList *sources = event ? dateline_event_get_sources (event) : NULL;

  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      const DatelineSource *source = &g_array_index (sources, DatelineSource, i);
      DatelineArticle *article = dateline_project_lookup_article (project, source->article_id);
      DatelineExportNoteRef ref;
      gpointer number;

      if (article == NULL)
        continue;

      if (!g_hash_table_lookup_extended (numbers, article, NULL, &number))
        {
          g_ptr_array_add (notes, dup_source_note (article));
          number = GUINT_TO_POINTER (notes->len);
          g_hash_table_insert (numbers, article, number);
        }

      ref.event_index = event_index;
      ref.note = GPOINTER_TO_UINT (number);
      if (refs != NULL)
        g_array_append_val (refs, ref);
    }
}

GPtrArray *
dateline_export_build_source_notes (DatelineProject *project,
                                    DatelineLayout  *layout,
                                    double           begin,
                                    double           end,
                                    GArray         **refs)
{
  g_autoptr(GHashTable) numbers = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) event_refs = NULL;
  GPtrArray *notes = g_ptr_array_new_with_free_func (g_free);
  const DatelineLayoutItem *items;
  const DatelineLayoutUndated *undated;
  GListModel *events;
  guint n_items = 0, n_undated = 0;

  g_return_val_if_fail (DATELINE_IS_PROJECT (project), notes);
  g_return_val_if_fail (DATELINE_IS_LAYOUT (layout), notes);

  events = dateline_project_get_events (project);
  event_refs = g_array_new (FALSE, FALSE, sizeof (DatelineExportNoteRef));

  /* In time order, as a reader meets the events; an event in several
   * lanes is one item per lane but cites its articles once. */
  items = dateline_layout_get_items (layout, &n_items);
  for (guint i = 0; i < n_items; i++)
    {
      gboolean seen = FALSE;

      if (items[i].end <= begin || items[i].start >= end)
        continue;
      for (guint j = 0; j < event_refs->len && !seen; j++)
        seen = g_array_index (event_refs, DatelineExportNoteRef, j).event_index == items[i].event_index;
      if (!seen)
        cite_event (project, events, items[i].event_index, numbers, notes, event_refs);
    }

  undated = dateline_layout_get_undated (layout, &n_undated);
  for (guint i = 0; i < n_undated; i++)
    cite_event (project, events, undated[i].event_index, numbers, notes, event_refs);

  g_array_sort (event_refs, compare_refs);
  if (refs != NULL)
    *refs = g_steal_pointer (&event_refs);

  return notes;
}

/* ------------------------------------------------------------------------ */
/* Running an export                                                          */
/* ------------------------------------------------------------------------ */

typedef struct
{
  DatelineLayout        *layout;
  GFile                 *file;
  DatelineExportChoices  choices;
  double                 begin;
  double                 end;
  char                  *title;
  GPtrArray             *notes;   /* char *, NULL-terminated */
  GArray                *refs;    /* DatelineExportNoteRef */
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->layout);
  g_clear_object (&job->file);
  g_clear_pointer (&job->title, g_free);
  g_clear_pointer (&job->notes, g_ptr_array_unref);
  g_clear_pointer (&job->refs, g_array_unref);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  DatelineRenderOptions options = DATELINE_RENDER_OPTIONS_INIT;
  GError *error = NULL;
  gboolean ok;

  /* A layout is immutable once built: the worker draws it while the
   * window goes on. Exports are documents: nothing is selected. */
  options.dark = job->choices.dark;

#ifdef DATELINE_EXPORT_HAS_DOCUMENT
  {
    DatelineExportDocument document = DATELINE_EXPORT_DOCUMENT_INIT;

    if (job->choices.format == DATELINE_EXPORT_PNG && job->choices.use_dpi)
      document.scale = job->choices.dpi / 96.0;
    document.title = job->choices.title ? job->title : NULL;
    document.legend = job->choices.legend;
    if (job->notes != NULL && job->choices.format != DATELINE_EXPORT_PNG)
      {
        document.notes = (const char * const *) job->notes->pdata;
        document.note_refs = (const DatelineExportNoteRef *) job->refs->data;
        document.n_note_refs = job->refs->len;
      }

    ok = dateline_export_to_file_full (job->layout, job->begin, job->end,
                                       job->choices.width, job->choices.height,
                                       job->choices.format, &options, &document,
                                       job->file, cancellable, &error);
  }
#else
  ok = dateline_export_to_file (job->layout, job->begin, job->end,
                                job->choices.width, job->choices.height,
                                job->choices.format, &options,
                                job->file, cancellable, &error);
#endif

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
dateline_export_run_async (DatelineTimelineView        *view,
                           const DatelineExportChoices *choices,
                           const char                  *title,
                           GFile                       *file,
                           GCancellable                *cancellable,
                           GAsyncReadyCallback          callback,
                           gpointer                     user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(DatelineLayout) layout = NULL;
  DatelineViewport *viewport;
  DatelineProject *project;
  ExportJob *job;

  g_return_if_fail (DATELINE_IS_TIMELINE_VIEW (view));
  g_return_if_fail (choices != NULL);
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, dateline_export_run_async);

  /* A layout of its own: the one on screen changes as the user works
   * (collapsing a lane group), and the worker must not see that. */
  layout = dateline_timeline_view_create_layout (view);
  if (layout == NULL)
    {
      g_task_return_new_error (task, DATELINE_EXPORT_ERROR, DATELINE_EXPORT_ERROR_NOTHING_TO_DRAW,
                               "%s", _("There is nothing to export yet: open some articles first"));
      return;
    }

  job = g_new0 (ExportJob, 1);
  job->choices = *choices;
  job->file = g_object_ref (file);
  job->title = g_strdup (title);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);

  viewport = dateline_timeline_view_get_viewport (view);
  if (choices->whole_timeline)
    dateline_viewport_get_document_range (viewport, &job->begin, &job->end);
  else
    dateline_viewport_get_visible_range (viewport, &job->begin, &job->end);

  /* The footnotes name articles: built here, where the project lives. */
  project = dateline_timeline_view_get_project (view);
  if (choices->sources && choices->format != DATELINE_EXPORT_PNG && project != NULL)
    {
      job->notes = dateline_export_build_source_notes (project, layout, job->begin, job->end, &job->refs);
      g_ptr_array_add (job->notes, NULL);
    }

  job->layout = g_steal_pointer (&layout);
  g_task_run_in_thread (task, export_thread);
}

gboolean
dateline_export_run_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ------------------------------------------------------------------------ */
/* The dialog                                                                 */
/* ------------------------------------------------------------------------ */

static char *
dup_day_text (double day)
{
  guint32 julian = (guint32) CLAMP (floor (day), 1, G_MAXINT32);
  char buffer[128] = "";
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  /* Translators: a date in the export dialog's time range, see strftime(3) */
  g_date_strftime (buffer, sizeof buffer, _("%-d %B %Y"), &date);

  return g_strdup (buffer);
}

static char *
dup_range_text (double begin,
                double end)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (!(end > begin) || begin < 1)
    return NULL;

  first = dup_day_text (begin);
  last = dup_day_text (end - 1e-6);
  if (g_strcmp0 (first, last) == 0)
    return g_steal_pointer (&first);

  /* Translators: a time range, "20 March 2021 – 14 July 2021" */
  return g_strdup_printf (_("%s – %s"), first, last);
}

static void
update_rows (DatelineExportDialog *self)
{
  DatelineExportChoices choices;
  g_autofree char *range = NULL;

  dateline_export_dialog_get_choices (self, &choices);

  range = choices.whole_timeline ? dup_range_text (self->whole_begin, self->whole_end)
                                 : dup_range_text (self->visible_begin, self->visible_end);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->range_row), range ? range : "");

  /* Footnotes are for documents that are read and printed; a PNG has no
   * room to grow, and vector formats need no resolution. */
  gtk_widget_set_sensitive (self->sources_row, choices.format != DATELINE_EXPORT_PNG);
  gtk_widget_set_sensitive (GTK_WIDGET (self->unit_row), choices.format == DATELINE_EXPORT_PNG);
  gtk_widget_set_sensitive (GTK_WIDGET (self->dpi_row), choices.format == DATELINE_EXPORT_PNG && choices.use_dpi);

  if (choices.format == DATELINE_EXPORT_PNG && choices.use_dpi)
    {
      g_autofree char *subtitle = NULL;
      double scale = choices.dpi / 96.0;

      /* Translators: the size of the PNG an export at a print resolution writes */
      subtitle = g_strdup_printf (_("%d × %d pixels"),
                                  (int) ceil (choices.width * scale), (int) ceil (choices.height * scale));
      adw_action_row_set_subtitle (self->dpi_row, subtitle);
    }
  else
    {
      adw_action_row_set_subtitle (self->dpi_row, "");
    }
}

static void
dateline_export_dialog_changed_cb (DatelineExportDialog *self)
{
  update_rows (self);
}

static void
dateline_export_dialog_file_chosen_cb (GObject      *object,
                                       GAsyncResult *result,
                                       gpointer      user_data)
{
  g_autoptr(DatelineExportDialog) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  DatelineExportChoices choices;
  g_autofree char *basename = NULL;
  const char *extension;

  file = dateline_compat_save_file_finish (result, &error);
  if (file == NULL)
    {
      /* Back to the dialog: the user may change a choice and try again. */
      gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not choose where to export: %s", error->message);
      return;
    }

  /* A name typed without the extension gets the chosen format's, unless
   * that would silently replace another file. */
  dateline_export_dialog_get_choices (self, &choices);
  extension = dateline_export_format_get_extension (choices.format);
  basename = g_file_get_basename (file);
  if (!dateline_export_format_from_filename (basename, NULL))
    {
      g_autofree char *with_extension = g_strdup_printf ("%s.%s", basename, extension);
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autoptr(GFile) renamed = parent ? g_file_get_child (parent, with_extension) : NULL;

      if (renamed != NULL && !g_file_query_exists (renamed, NULL))
        g_set_object (&file, renamed);
    }
  else
    {
      DatelineExportFormat named;

      /* "timeline.pdf" with PNG chosen: the name wins, it is what the user
       * will look for. */
      dateline_export_format_from_filename (basename, &named);
      if (named != choices.format)
        adw_combo_row_set_selected (self->format_row, named);
    }

  dateline_export_dialog_export_to_file (self, file);
}

static void
dateline_export_dialog_export_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  DatelineExportDialog *self = DATELINE_EXPORT_DIALOG (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *initial_name = NULL;
  DatelineExportChoices choices;
  const char *extension;

  dateline_export_dialog_get_choices (self, &choices);
  extension = dateline_export_format_get_extension (choices.format);

  switch (choices.format)
    {
    case DATELINE_EXPORT_SVG:
      gtk_file_filter_set_name (filter, _("SVG Image"));
      break;
    case DATELINE_EXPORT_PDF:
      gtk_file_filter_set_name (filter, _("PDF Document"));
      break;
    case DATELINE_EXPORT_PNG:
    default:
      gtk_file_filter_set_name (filter, _("PNG Image"));
      break;
    }
  gtk_file_filter_add_suffix (filter, extension);
  g_list_store_append (filters, filter);

  initial_name = g_strdup_printf ("%s.%s", self->name, extension);

  /* The dialog stays while the file chooser is up, so that cancelling it
   * comes back to the same choices. */
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  dateline_compat_save_file_async (parent ? parent : GTK_WINDOW (self),
                                   _("Export Timeline"),
                                   initial_name, self->initial_folder,
                                   G_LIST_MODEL (filters), NULL,
                                   dateline_export_dialog_file_chosen_cb,
                                   g_object_ref (self));
}

static void
dateline_export_dialog_dispose (GObject *object)
{
  DatelineExportDialog *self = DATELINE_EXPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DATELINE_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (dateline_export_dialog_parent_class)->dispose (object);
}

static void
dateline_export_dialog_finalize (GObject *object)
{
  DatelineExportDialog *self = DATELINE_EXPORT_DIALOG (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->initial_folder);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (dateline_export_dialog_parent_class)->finalize (object);
}

static void
dateline_export_dialog_class_init (DatelineExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dateline_export_dialog_dispose;
  object_class->finalize = dateline_export_dialog_finalize;

  /**
   * DatelineExportDialog::export:
   * @file: where to write
   *
   * The user chose what to export and where; read the choices with
   * dateline_export_dialog_get_choices(). The dialog closes afterwards.
   */
  signals[EXPORT] =
    g_signal_new ("export",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);

  dateline_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, DATELINE_UI_RESOURCE_PATH "/dateline-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DatelineExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, DatelineExportDialog, range_row);
  gtk_widget_class_bind_template_child (widget_class, DatelineExportDialog, style_row);
  gtk_widget_class_bind_template_child (widget_class, DatelineExportDialog, contents_group);
  gtk_widget_class_bind_template_child (widget_class, DatelineExportDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, DatelineExportDialog, title_switch);
  gtk_widget_class_bind_template_child (widget_class, DatelineExportDialog, legend_switch);
  gtk_widget_class_bind_template_child (widget_class, DatelineExportDialog, sources_row);
  gtk_widget_class_bind_template_child (widget_class, DatelineExportDialog, sources_switch);
  gtk_widget_class_bind_template_child (widget_class, DatelineExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, DatelineExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, DatelineExportDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, DatelineExportDialog, dpi_row);
  gtk_widget_class_bind_template_child (widget_class, DatelineExportDialog, dpi_spin);

  gtk_widget_class_install_action (widget_class, "export.export", NULL,
                                   dateline_export_dialog_export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dateline_export_dialog_init (DatelineExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

#ifndef DATELINE_EXPORT_HAS_DOCUMENT
  gtk_widget_set_visible (self->contents_group, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->unit_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->dpi_row), FALSE);
#endif

  /* The keyboard starts on the first choice; Enter exports. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->format_row));

  g_signal_connect_object (self->format_row, "notify::selected",
                           G_CALLBACK (dateline_export_dialog_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->range_row, "notify::selected",
                           G_CALLBACK (dateline_export_dialog_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->unit_row, "notify::selected",
                           G_CALLBACK (dateline_export_dialog_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->width_spin, "value-changed",
                           G_CALLBACK (dateline_export_dialog_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->height_spin, "value-changed",
                           G_CALLBACK (dateline_export_dialog_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->dpi_spin, "value-changed",
                           G_CALLBACK (dateline_export_dialog_changed_cb), self, G_CONNECT_SWAPPED);
}

DatelineExportDialog *
dateline_export_dialog_new (GtkWindow  *parent,
                            GSettings  *settings,
                            const char *name,
                            GFile      *initial_folder,
                            double      visible_begin,
                            double      visible_end,
                            double      whole_begin,
                            double      whole_end)
{
  DatelineExportDialog *self;
  DatelineExportChoices choices;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (initial_folder == NULL || G_IS_FILE (initial_folder), NULL);

  self = g_object_new (DATELINE_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  g_set_object (&self->settings, settings);
  g_set_object (&self->initial_folder, initial_folder);
  self->name = g_strdup (name != NULL && name[0] != '\0' ? name : _("Timeline"));
  self->visible_begin = visible_begin;
  self->visible_end = visible_end;
  self->whole_begin = whole_begin;
  self->whole_end = whole_end;

  adw_action_row_set_subtitle (self->title_row, self->name);

  dateline_export_choices_load (&choices, settings);
  dateline_export_dialog_set_choices (self, &choices);

  return self;
}

void
dateline_export_dialog_get_choices (DatelineExportDialog  *self,
                                    DatelineExportChoices *choices)
{
  g_return_if_fail (DATELINE_IS_EXPORT_DIALOG (self));
  g_return_if_fail (choices != NULL);

  *choices = (DatelineExportChoices) DATELINE_EXPORT_CHOICES_INIT;
  choices->format = MIN (adw_combo_row_get_selected (self->format_row), DATELINE_EXPORT_PDF);
  choices->whole_timeline = adw_combo_row_get_selected (self->range_row) == 1;
  choices->dark = adw_combo_row_get_selected (self->style_row) == 1;
  choices->width = gtk_spin_button_get_value_as_int (self->width_spin);
  choices->height = gtk_spin_button_get_value_as_int (self->height_spin);
  choices->use_dpi = adw_combo_row_get_selected (self->unit_row) == 1;
  choices->dpi = gtk_spin_button_get_value_as_int (self->dpi_spin);
  choices->title = gtk_switch_get_active (self->title_switch);
  choices->legend = gtk_switch_get_active (self->legend_switch);
  choices->sources = gtk_switch_get_active (self->sources_switch);
}

void
dateline_export_dialog_set_choices (DatelineExportDialog        *self,
                                    const DatelineExportChoices *choices)
{
  g_return_if_fail (DATELINE_IS_EXPORT_DIALOG (self));
  g_return_if_fail (choices != NULL);

  adw_combo_row_set_selected (self->format_row, choices->format);
  adw_combo_row_set_selected (self->range_row, choices->whole_timeline ? 1 : 0);
  adw_combo_row_set_selected (self->style_row, choices->dark ? 1 : 0);
  gtk_spin_button_set_value (self->width_spin, choices->width);
  gtk_spin_button_set_value (self->height_spin, choices->height);
  adw_combo_row_set_selected (self->unit_row, choices->use_dpi ? 1 : 0);
  gtk_spin_button_set_value (self->dpi_spin, choices->dpi);
  gtk_switch_set_active (self->title_switch, choices->title);
  gtk_switch_set_active (self->legend_switch, choices->legend);
  gtk_switch_set_active (self->sources_switch, choices->sources);

  update_rows (self);
}

void
dateline_export_dialog_export_to_file (DatelineExportDialog *self,
                                       GFile                *file)
{
  DatelineExportChoices choices;

  g_return_if_fail (DATELINE_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  dateline_export_dialog_get_choices (self, &choices);
  dateline_export_choices_store (&choices, self->settings);

  g_object_ref (self);
  g_signal_emit (self, signals[EXPORT], 0, file);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

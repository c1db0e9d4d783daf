/* dateline-html.c — the article inside a web page
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <string.h>

#include "dateline-html.h"
#include "dateline-project-json-private.h"
#include "dateline-timex.h"

/* How a page becomes text, in the order of dateline_html_page_parse():
 *
 * 1. Metadata is read from the whole page first (title, site name,
 *    publication date from <meta>, JSON-LD and <time>), because JSON-LD
 *    lives in <script> elements that the next step removes.
 * 2. Page furniture is removed: elements that never hold article text
 *    (scripts, forms, frames), landmarks around the article (nav, aside,
 *    the page's header and footer), and elements whose class, id, role or
 *    aria-label name them as ads, cookie banners, share bars, promotions,
 *    comments or related stories. A removal "by name" is refused for an
 *    element that holds most of the page's paragraph text: a site that
 *    calls its article wrapper "js-share-container" keeps its article.
 * 3. The article is the <article>, [itemprop=articleBody] or <main> with
 *    the most text, when it holds a fair share of the page's text; else
 *    the block with the best Readability-style score: paragraphs of 25 or
 *    more characters score by length and commas, the score flows to their
 *    parent and grandparent, and a container's score is scaled down by the
 *    share of its text that sits in links. Siblings of the winner that
 *    score well, or are plain paragraphs, join it.
 * 4. The article is written out: block elements become paragraphs
 *    separated by blank lines, list items lines, <br> a line end; spaces
 *    are collapsed; blocks made mostly of links (lists of related
 *    headlines inside the article) are left out.
 *
 * The tree is walked without recursion: libxml2 caps nesting at 256
 * levels for us (XML_PARSE_HUGE stays off), but a walk that needs no
 * stack cannot overflow one whatever the cap. */

/* A paragraph shorter than this (non-blank characters) scores nothing. */
#define MIN_PARAGRAPH_CHARS 25
/* Largest JSON-LD block parsed, and how deep it is searched. */
#define MAX_JSON_LD_BYTES (1024 * 1024)
#define MAX_JSON_LD_DEPTH 64

typedef struct {
  guint text_len;   /* non-blank characters of visible text */
  guint link_len;   /* of which inside <a> */
  guint p_text;     /* of which in <p> and outside links */
  guint paragraphs; /* <p> with at least MIN_PARAGRAPH_CHARS outside links */
  double score;     /* Readability score, when scored */
  gboolean scored;
} NodeStats;

typedef struct {
  xmlDoc     *doc;
  xmlNode    *body;
  GHashTable *stats;       /* xmlNode* → NodeStats* */
  guint       page_text;   /* non-link text of the whole body */
  guint       page_p_text;

  /* metadata */
  char       *og_title;
  char       *ld_headline;
  char       *ld_body;     /* JSON-LD articleBody, for pages that render their text with scripts */
  char       *html_title;
  char       *first_h1;
  char       *site_name;
  char       *meta_date;   /* the best-ranked date <meta> found */
  guint       meta_date_rank;
  char       *ld_date;
  gboolean    ld_date_is_article;
  char       *time_date;
  gboolean    time_date_explicit;
} Page;

/* Elements whose content is never article text. */
static const char * const dropped_always[] = {
  "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "frame",
  "frameset", "object", "embed", "applet", "button", "select", "textarea", "input", "option",
  "datalist", "audio", "video", "source", "track", "map", "link", "meta", "head", "title",
};

/* Landmarks around the article: dropped unless they hold most of the
 * page's text (some sites wrap the whole page in a <form>). */
static const char * const dropped_landmarks[] = {
  "nav", "aside", "form", "footer", "figure", "figcaption", "dialog", "menu", "fieldset", "label",
};

static const char * const dropped_roles[] = {
  "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
  "menu", "menubar", "toolbar", "tablist", "form", "note", "alert", "status", "marquee",
};

/* Class, id and aria-label words, matched as whole words of the
 * attribute split at '-', '_', spaces and camelCase humps
 * ("relatedStories" → "related stories"). Several words join with '-'. */
static const char * const never_article_words[] = {
  "comment", "comments", "disqus", "reply", "replies", "respond",
};
static const char * const strong_negative_words[] = {
  "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "dfp",
  "gpt", "sponsor", "sponsored", "promo", "promoted", "promotion", "cookie", "cookies", "consent",
  "gdpr", "cmp", "share", "sharing", "sharebar", "shares", "social", "newsletter", "subscribe",
  "subscription", "signup", "paywall", "related", "recommended", "recommendation", "recommendations",
  "outbrain", "taboola", "popular", "trending", "most-read", "most-viewed", "more-stories",
  "more-news", "read-more", "read-next", "up-next", "popup", "modal", "overlay", "tweet",
  "twitter", "instagram", "tiktok", "embed", "app-promo", "app-banner", "download-app",
  "breadcrumb", "breadcrumbs", "skip", "skiplink", "skip-link", "sr-only", "visually-hidden",
  "screen-reader-text", "print-only", "banner-ad", "teaser", "teasers", "also-read", "see-also",
  "jump-link", "toc", "alert", "notification", "login", "signin", "register", "donate", "donation",
};
static const char * const weak_negative_words[] = {
  "nav", "navbar", "navigation", "menu", "sidebar", "aside", "rail", "widget", "widgets", "header",
  "footer", "masthead", "banner", "byline", "author", "authors", "meta", "metadata", "tags", "tag",
  "topics", "keywords", "caption", "credit", "credits", "timestamp", "toolbar", "utility", "links",
  "more", "extra", "extras", "secondary", "supplementary", "pagination", "pager", "hidden",
  "contact", "disclaimer", "legal", "copyright", "brand", "logo", "search", "aux", "complementary",
};
static const char * const positive_words[] = {
  "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "prose",
  "richtext", "rich-text", "articlebody", "article-body", "story-body", "post-body", "entry-content",
};

/* Tags that flow inside a paragraph; anything else is a block. */
static const char * const inline_tags[] = {
  "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
  "font", "i", "ins", "kbd", "mark", "q", "rp", "rt", "ruby", "s", "samp", "small", "span",
  "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "img", "picture", "nobr",
};

/* <meta> names and properties that give the publication date, best
 * first. */
static const char * const published_meta_names[] = {
  "article:published_time", "og:article:published_time", "article:published", "og:published_time",
  "published_time", "datepublished", "publishdate", "publish-date", "publish_date", "pubdate",
  "publication_date", "publication-date", "dc.date.issued", "dcterms.issued", "dc.date.published",
  "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date", "sailthru.date",
  "parsely-pub-date", "article.published", "originalpublicationdate", "original-publish-date",
  "citation_publication_date", "citation_date", "date.release", "release_date", "displaydate",
  "rnews:datepublished", "article_date_original",
};

static gboolean
name_in (const char         *name,
         const char * const *table,
         gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp (name, table[i]) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
is_element (const xmlNode *node,
            const char    *name)
{
  return node->type == XML_ELEMENT_NODE && node->name != NULL &&
         g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

static const char *
element_name (const xmlNode *node)
{
  return node->name != NULL ? (const char *) node->name : "";
}

static char *
get_attribute (xmlNode    *node,
               const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);

  return copy;
}

/* The next node in document order inside @root; with @skip_children the
 * subtree of @node is passed over. Only elements are descended into. */
static xmlNode *
next_in_tree (xmlNode  *node,
              xmlNode  *root,
              gboolean  skip_children)
{
  if (!skip_children && node->type == XML_ELEMENT_NODE && node->children != NULL)
    return node->children;

  while (node != NULL && node != root)
    {
      if (node->next != NULL)
        return node->next;
      node = node->parent;
    }

  return NULL;
}

static gboolean
is_blank_char (gunichar c)
{
  if (c < 0x80)
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';

  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x200B || c == 0xFEFF;
}

static guint
visible_length (const char *text)
{
  guint n = 0;

  if (text == NULL)
    return 0;

  for (const char *p = text; *p != '\0';)
    {
      if ((guchar) *p < 0x80)
        {
          n += !g_ascii_isspace (*p);
          p++;
        }
      else
        {
          n += !is_blank_char (g_utf8_get_char (p));
          p = g_utf8_next_char (p);
        }
    }

  return n;
}

/* A string with its spaces collapsed and stripped. */
static char *
collapse_spaces (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean pending = FALSE;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_blank_char (c) || c == 0x00AD)
        pending = pending || is_blank_char (c);
      else
        {
          if (pending && out->len > 0)
            g_string_append_c (out, ' ');
          pending = FALSE;
          g_string_append_unichar (out, c);
        }
    }

  return g_string_free (out, FALSE);
}

static char *
node_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = collapse_spaces ((const char *) content);

  xmlFree (content);
  return text;
}

/* The class, id and aria-label of @node as "-word-word-", lower case. */
static char *
attribute_words (xmlNode *node)
{
  static const char * const attributes[] = { "class", "id", "aria-label" };
  GString *words = g_string_new ("-");

  for (guint a = 0; a < G_N_ELEMENTS (attributes); a++)
    {
      g_autofree char *value = get_attribute (node, attributes[a]);
      gboolean in_word = FALSE;
      gboolean previous_lower = FALSE;

      if (value == NULL)
        continue;

      for (const char *p = value; *p != '\0'; p++)
        {
          if (g_ascii_isalnum (*p))
            {
              if (in_word && previous_lower && g_ascii_isupper (*p))
                g_string_append_c (words, '-');
              g_string_append_c (words, g_ascii_tolower (*p));
              previous_lower = g_ascii_islower (*p) || g_ascii_isdigit (*p);
              in_word = TRUE;
            }
          else if (in_word)
            {
              g_string_append_c (words, '-');
              in_word = previous_lower = FALSE;
            }
        }
      if (in_word)
        g_string_append_c (words, '-');
    }

  return g_string_free (words, FALSE);
}

static gboolean
has_word (const char         *words,
          const char * const *table,
          gsize               n)
{
  for (gsize i = 0; i < n; i++)
    {
      char pattern[64];

      g_snprintf (pattern, sizeof pattern, "-%s-", table[i]);
      if (strstr (words, pattern) != NULL)
        return TRUE;
    }

  return FALSE;
}

static NodeStats *
lookup_stats (Page    *page,
              xmlNode *node)
{
  NodeStats *stats = g_hash_table_lookup (page->stats, node);

  if (stats == NULL)
    {
      stats = g_new0 (NodeStats, 1);
      g_hash_table_insert (page->stats, node, stats);
    }

  return stats;
}

/* Text lengths of every element under the body, in one post-order walk. */
static void
compute_stats (Page *page)
{
  xmlNode *node = page->body;

  g_hash_table_remove_all (page->stats);
  if (node == NULL)
    return;

  while (node != NULL)
    {
      if (node->type == XML_TEXT_NODE && node->parent != NULL)
        lookup_stats (page, node->parent)->text_len += visible_length ((const char *) node->content);

      if (node->type == XML_ELEMENT_NODE && node->children != NULL)
        {
          node = node->children;
          continue;
        }

      /* Leave nodes until one has a next sibling. */
      while (node != NULL)
        {
          if (node->type == XML_ELEMENT_NODE)
            {
              NodeStats *stats = lookup_stats (page, node);

              if (is_element (node, "a"))
                stats->link_len = stats->text_len;
              if (is_element (node, "p"))
                {
                  guint own = stats->text_len - MIN (stats->link_len, stats->text_len);

                  stats->p_text = own;
                  stats->paragraphs = own >= MIN_PARAGRAPH_CHARS ? 1 : 0;
                }
              if (node != page->body && node->parent != NULL)
                {
                  NodeStats *parent = lookup_stats (page, node->parent);

                  parent->text_len += stats->text_len;
                  parent->link_len += stats->link_len;
                  parent->p_text += stats->p_text;
                  parent->paragraphs += stats->paragraphs;
                }
            }

          if (node == page->body)
            {
              node = NULL;
              break;
            }
          if (node->next != NULL)
            {
              node = node->next;
              break;
            }
          node = node->parent;
        }
    }

  {
    NodeStats *body = lookup_stats (page, page->body);

    page->page_text = body->text_len - MIN (body->link_len, body->text_len);
    page->page_p_text = body->p_text;
  }
}

/* ---- metadata ---------------------------------------------------------- */

static void
set_if_empty (char       **slot,
              const char  *value)
{
  g_autofree char *collapsed = NULL;

  if (*slot != NULL || value == NULL)
    return;
  collapsed = collapse_spaces (value);
  if (*collapsed != '\0')
    *slot = g_steal_pointer (&collapsed);
}

static void
read_meta (Page    *page,
           xmlNode *node)
{
  static const char * const keys[] = { "property", "name", "itemprop" };
  g_autofree char *content = get_attribute (node, "content");

  if (content == NULL)
    return;

  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      g_autofree char *key = get_attribute (node, keys[k]);

      if (key == NULL)
        continue;

      if (g_ascii_strcasecmp (key, "og:title") == 0 || g_ascii_strcasecmp (key, "twitter:title") == 0)
        set_if_empty (&page->og_title, content);
      else if (g_ascii_strcasecmp (key, "og:site_name") == 0 ||
               g_ascii_strcasecmp (key, "application-name") == 0)
        set_if_empty (&page->site_name, content);
      else
        for (guint i = 0; i < G_N_ELEMENTS (published_meta_names); i++)
          if (g_ascii_strcasecmp (key, published_meta_names[i]) == 0 &&
              (page->meta_date == NULL || i + 1 < page->meta_date_rank))
            {
              DatelineWhen when;

              /* A name that is not a date here ("date" holding a
               * sentence) is passed over for the next one. */
              if (!dateline_html_parse_date (content, &when))
                break;
              g_free (page->meta_date);
              page->meta_date = g_strdup (content);
              page->meta_date_rank = i + 1;
              break;
            }
    }
}

static gboolean
json_type_is_article (const DatelineJsonValue *object)
{
  const DatelineJsonValue *type = dateline_json_value_get_member (object, "@type");
  g_autoptr(GString) types = g_string_new (NULL);

  if (type == NULL)
    return FALSE;

  if (type->type == DATELINE_JSON_STRING)
    g_string_append (types, type->v.string);
  else if (type->type == DATELINE_JSON_ARRAY)
    for (guint i = 0; i < type->n; i++)
      if (type->v.elements[i].type == DATELINE_JSON_STRING)
        g_string_append_printf (types, " %s", type->v.elements[i].v.string);

  return strstr (types->str, "Article") != NULL || strstr (types->str, "Posting") != NULL ||
         strstr (types->str, "Report") != NULL;
}

static const char *
json_string_member (const DatelineJsonValue *object,
                    const char              *name)
{
  const DatelineJsonValue *member = dateline_json_value_get_member (object, name);

  return member != NULL && member->type == DATELINE_JSON_STRING ? member->v.string : NULL;
}

/* Finds datePublished and headline, preferring an Article-typed object
 * (a page's JSON-LD also describes its publisher, breadcrumbs, videos). */
static void
scan_json_ld (Page                    *page,
              const DatelineJsonValue *node,
              guint                    depth)
{
  if (node == NULL || depth > MAX_JSON_LD_DEPTH)
    return;

  if (node->type == DATELINE_JSON_ARRAY)
    {
      for (guint i = 0; i < node->n; i++)
        scan_json_ld (page, &node->v.elements[i], depth + 1);
    }
  else if (node->type == DATELINE_JSON_OBJECT)
    {
      gboolean article = json_type_is_article (node);
      const char *date = json_string_member (node, "datePublished");
      const char *headline = json_string_member (node, "headline");
      DatelineWhen when;

      if (date != NULL && dateline_html_parse_date (date, &when) &&
          (page->ld_date == NULL || (article && !page->ld_date_is_article)))
        {
          g_free (page->ld_date);
          page->ld_date = g_strdup (date);
          page->ld_date_is_article = article;
        }
      if (headline != NULL && article)
        set_if_empty (&page->ld_headline, headline);
      if (article && page->ld_body == NULL)
        {
          const char *body = json_string_member (node, "articleBody");

          if (body != NULL && *body != '\0')
            page->ld_body = g_strdup (body);
        }

      for (guint i = 0; i < node->n; i++)
        scan_json_ld (page, &node->v.members[i].value, depth + 1);
    }
}

/* The page's JSON-LD, read with the project's strict, streaming reader:
 * json-glib 1.6 recursed once per bracket and leaked what followed a
 * first value ({…}{…}), both within reach of any web page. */
static void
read_json_ld (Page    *page,
              xmlNode *script)
{
  xmlChar *content = xmlNodeGetContent (script);
  gsize length = content != NULL ? strlen ((const char *) content) : 0;

  if (length > 0 && length <= MAX_JSON_LD_BYTES)
    {
      g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (content, (gssize) length, NULL);
      g_autoptr(DatelineJsonReader) reader = dateline_json_reader_new (in, NULL);
      DatelineJsonValue *root;

      /* Broken JSON-LD is common and harmless: the page has other metadata. */
      if (dateline_json_reader_read_document (reader, &root, NULL))
        scan_json_ld (page, root, 0);
    }
  xmlFree (content);
}

static gboolean
has_ancestor (xmlNode    *node,
              const char *name)
{
  for (xmlNode *p = node->parent; p != NULL && p->type == XML_ELEMENT_NODE; p = p->parent)
    if (is_element (p, name))
      return TRUE;

  return FALSE;
}

static gboolean
attribute_has_word (xmlNode    *node,
                    const char *attribute,
                    const char *word)
{
  g_autofree char *value = get_attribute (node, attribute);
  g_auto(GStrv) words = NULL;

  if (value == NULL)
    return FALSE;

  words = g_strsplit_set (value, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (g_ascii_strcasecmp (words[i], word) == 0)
      return TRUE;

  return FALSE;
}

/* A <time> that dates the article rather than a comment or a related
 * story: marked as the publication date, or inside an <article> or a
 * <header>. */
static void
read_time (Page    *page,
           xmlNode *node)
{
  g_autofree char *datetime = get_attribute (node, "datetime");
  g_autofree char *words = attribute_words (node);
  gboolean explicit_mark;
  DatelineWhen when;

  if (datetime == NULL || !dateline_html_parse_date (datetime, &when))
    return;

  explicit_mark = attribute_has_word (node, "itemprop", "datePublished") ||
                  xmlHasProp (node, (const xmlChar *) "pubdate") != NULL ||
                  strstr (words, "-published-") != NULL || strstr (words, "-publish-") != NULL ||
                  strstr (words, "-pubdate-") != NULL;

  if (page->time_date_explicit)
    return;
  if (explicit_mark || (page->time_date == NULL && (has_ancestor (node, "article") ||
                                                    has_ancestor (node, "header"))))
    {
      g_free (page->time_date);
      page->time_date = g_steal_pointer (&datetime);
      page->time_date_explicit = explicit_mark;
    }
}

static void
read_metadata (Page    *page,
               xmlNode *root)
{
  for (xmlNode *node = root; node != NULL; node = next_in_tree (node, root, FALSE))
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;

      if (is_element (node, "meta"))
        read_meta (page, node);
      else if (is_element (node, "title") && page->html_title == NULL && !has_ancestor (node, "svg"))
        {
          g_autofree char *text = node_text (node);
          set_if_empty (&page->html_title, text);
        }
      else if (is_element (node, "h1") && page->first_h1 == NULL)
        {
          g_autofree char *text = node_text (node);
          if (g_utf8_strlen (text, -1) >= 3)
            set_if_empty (&page->first_h1, text);
        }
      else if (is_element (node, "script"))
        {
          g_autofree char *type = get_attribute (node, "type");

          if (type != NULL && g_ascii_strcasecmp (g_strstrip (type), "application/ld+json") == 0)
            read_json_ld (page, node);
        }
      else if (is_element (node, "time"))
        read_time (page, node);
      else if (attribute_has_word (node, "itemprop", "datePublished"))
        {
          /* Microdata on an ordinary element: <span itemprop="datePublished" content="…">. */
          g_autofree char *content = get_attribute (node, "content");
          DatelineWhen when;

          if (content != NULL && dateline_html_parse_date (content, &when) && !page->time_date_explicit)
            {
              g_free (page->time_date);
              page->time_date = g_steal_pointer (&content);
              page->time_date_explicit = TRUE;
            }
        }
    }
}

/* ---- removing page furniture ------------------------------------------- */

static gboolean
inside_article_content (xmlNode *node)
{
  for (xmlNode *p = node->parent; p != NULL && p->type == XML_ELEMENT_NODE; p = p->parent)
    {
      g_autofree char *role = NULL;

      if (is_element (p, "article") || is_element (p, "main"))
        return TRUE;
      if (attribute_has_word (p, "itemprop", "articleBody"))
        return TRUE;
      role = get_attribute (p, "role");
      if (role != NULL && g_ascii_strcasecmp (role, "main") == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_hidden (xmlNode *node)
{
  g_autofree char *aria_hidden = NULL;
  g_autofree char *style = NULL;

  if (xmlHasProp (node, (const xmlChar *) "hidden") != NULL)
    return TRUE;

  aria_hidden = get_attribute (node, "aria-hidden");
  if (aria_hidden != NULL && g_ascii_strcasecmp (aria_hidden, "true") == 0)
    return TRUE;

  style = get_attribute (node, "style");
  if (style != NULL)
    {
      GString *compact = g_string_new (NULL);
      gboolean hidden;

      for (const char *p = style; *p != '\0'; p++)
        if (!g_ascii_isspace (*p))
          g_string_append_c (compact, g_ascii_tolower (*p));
      hidden = strstr (compact->str, "display:none") != NULL ||
               strstr (compact->str, "visibility:hidden") != NULL;
      g_string_free (compact, TRUE);
      return hidden;
    }

  return FALSE;
}

/* TRUE when @node holds most of the page's paragraph text: then it is the
 * article whatever its name says. */
static gboolean
holds_most_text (Page    *page,
                 xmlNode *node)
{
  NodeStats *stats = g_hash_table_lookup (page->stats, node);

  return stats != NULL && page->page_p_text > 0 && stats->p_text * 2 > page->page_p_text;
}

/* TRUE when no text flows beside @node: its siblings are blocks or
 * blank. */
static gboolean
is_alone_in_line (Page    *page,
                  xmlNode *node)
{
  if (node->parent == NULL)
    return FALSE;

  for (xmlNode *sibling = node->parent->children; sibling != NULL; sibling = sibling->next)
    {
      if (sibling == node)
        continue;
      if (sibling->type == XML_TEXT_NODE && visible_length ((const char *) sibling->content) > 0)
        return FALSE;
      if (sibling->type == XML_ELEMENT_NODE &&
          name_in (element_name (sibling), inline_tags, G_N_ELEMENTS (inline_tags)))
        {
          NodeStats *stats = g_hash_table_lookup (page->stats, sibling);

          if (stats != NULL && stats->text_len > 0)
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
is_furniture (Page    *page,
              xmlNode *node)
{
  const char *name = element_name (node);
  g_autofree char *role = NULL;
  g_autofree char *words = NULL;

  if (node == page->body || is_element (node, "html") || is_element (node, "body"))
    return FALSE;

  if (name_in (name, dropped_always, G_N_ELEMENTS (dropped_always)))
    return TRUE;
  if (is_hidden (node))
    return TRUE;

  if (name_in (name, dropped_landmarks, G_N_ELEMENTS (dropped_landmarks)) ||
      (is_element (node, "header") && !inside_article_content (node)))
    return !holds_most_text (page, node);

  role = get_attribute (node, "role");
  if (role != NULL && name_in (g_strstrip (role), dropped_roles, G_N_ELEMENTS (dropped_roles)))
    return !holds_most_text (page, node);

  /* A <time> alone in its block is the page's date stamp ("Updated 20
   * November 2024"), read as metadata already; inside a sentence it is
   * text. */
  if (is_element (node, "time") && is_alone_in_line (page, node))
    return TRUE;

  words = attribute_words (node);
  if (strlen (words) <= 1)
    return FALSE;
  if (has_word (words, never_article_words, G_N_ELEMENTS (never_article_words)))
    return TRUE;
  if (has_word (words, strong_negative_words, G_N_ELEMENTS (strong_negative_words)))
    return !holds_most_text (page, node);
  if (has_word (words, weak_negative_words, G_N_ELEMENTS (weak_negative_words)) &&
      !has_word (words, positive_words, G_N_ELEMENTS (positive_words)))
    return !holds_most_text (page, node);

  return FALSE;
}

static void
remove_furniture (Page *page)
{
  g_autoptr(GPtrArray) doomed = g_ptr_array_new ();
  xmlNode *node = page->body;

  while (node != NULL)
    {
      gboolean drop = FALSE;

      if (node->type == XML_ELEMENT_NODE)
        drop = is_furniture (page, node);
      else if (node->type == XML_COMMENT_NODE || node->type == XML_PI_NODE)
        drop = TRUE;

      if (drop)
        g_ptr_array_add (doomed, node);
      node = next_in_tree (node, page->body, drop);
    }

  for (guint i = 0; i < doomed->len; i++)
    {
      xmlNode *doomed_node = g_ptr_array_index (doomed, i);

      xmlUnlinkNode (doomed_node);
      xmlFreeNode (doomed_node);
    }
}

/* ---- choosing the article ---------------------------------------------- */

static guint
own_text (Page    *page,
          xmlNode *node)
{
  NodeStats *stats = g_hash_table_lookup (page->stats, node);

  return stats != NULL ? stats->text_len - MIN (stats->link_len, stats->text_len) : 0;
}

static double
link_density (Page    *page,
              xmlNode *node)
{
  NodeStats *stats = g_hash_table_lookup (page->stats, node);

  if (stats == NULL || stats->text_len == 0)
    return 0.0;

  return (double) stats->link_len / stats->text_len;
}

/* The <article>, [itemprop=articleBody] or <main> with the most text,
 * in that order of preference, if it holds a fair share of the page. */
static xmlNode *
find_semantic_article (Page *page)
{
  xmlNode *best[3] = { NULL, NULL, NULL };

  for (xmlNode *node = page->body; node != NULL; node = next_in_tree (node, page->body, FALSE))
    {
      g_autofree char *role = NULL;
      gint kind = -1;

      if (node->type != XML_ELEMENT_NODE)
        continue;

      if (is_element (node, "article"))
        kind = 0;
      else if (attribute_has_word (node, "itemprop", "articleBody"))
        kind = 1;
      else if (is_element (node, "main") ||
               ((role = get_attribute (node, "role")) != NULL && g_ascii_strcasecmp (role, "main") == 0))
        kind = 2;

      if (kind >= 0 && (best[kind] == NULL || own_text (page, node) > own_text (page, best[kind])))
        best[kind] = node;
    }

  for (guint kind = 0; kind < G_N_ELEMENTS (best); kind++)
    {
      guint text;

      if (best[kind] == NULL)
        continue;
      text = own_text (page, best[kind]);
      if (text >= 140 && text * 10 >= page->page_text * 3)
        return best[kind];
    }

  return NULL;
}

static double
class_weight (xmlNode *node)
{
  g_autofree char *words = attribute_words (node);
  double weight = 0;

  if (has_word (words, strong_negative_words, G_N_ELEMENTS (strong_negative_words)) ||
      has_word (words, weak_negative_words, G_N_ELEMENTS (weak_negative_words)))
    weight -= 25;
  if (has_word (words, positive_words, G_N_ELEMENTS (positive_words)))
    weight += 25;

  return weight;
}

static NodeStats *
initialize_candidate (Page    *page,
                      xmlNode *node)
{
  NodeStats *stats = lookup_stats (page, node);

  if (!stats->scored)
    {
      const char *name = element_name (node);

      stats->scored = TRUE;
      stats->score = class_weight (node);
      if (g_str_equal (name, "div") || g_str_equal (name, "article") || g_str_equal (name, "section"))
        stats->score += 5;
      else if (g_str_equal (name, "pre") || g_str_equal (name, "td") || g_str_equal (name, "blockquote"))
        stats->score += 3;
      else if (g_str_equal (name, "ol") || g_str_equal (name, "ul") || g_str_equal (name, "dl") ||
               g_str_equal (name, "dd") || g_str_equal (name, "dt") || g_str_equal (name, "li") ||
               g_str_equal (name, "address"))
        stats->score -= 3;
      else if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0')
        stats->score -= 5;
    }

  return stats;
}

/* Characters of text directly in @node (text children and inline
 * elements), for a <div> used as a paragraph. */
static guint
direct_text_length (Page    *page,
                    xmlNode *node)
{
  guint n = 0;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE)
        n += visible_length ((const char *) child->content);
      else if (child->type == XML_ELEMENT_NODE &&
               name_in (element_name (child), inline_tags, G_N_ELEMENTS (inline_tags)))
        {
          NodeStats *stats = g_hash_table_lookup (page->stats, child);
          n += stats != NULL ? stats->text_len : 0;
        }
    }

  return n;
}

static guint
count_commas (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ',' || c == 0xFF0C || c == 0x3001)
        n++;
    }

  return n;
}

static xmlNode *
find_densest_block (Page *page)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  xmlNode *top = NULL;
  double top_score = 0;

  for (xmlNode *node = page->body; node != NULL; node = next_in_tree (node, page->body, FALSE))
    {
      const char *name;
      guint length;
      double score;
      xmlNode *ancestor;
      g_autofree char *text = NULL;

      if (node->type != XML_ELEMENT_NODE || node == page->body)
        continue;

      name = element_name (node);
      if (g_str_equal (name, "p") || g_str_equal (name, "pre") || g_str_equal (name, "td") ||
          g_str_equal (name, "blockquote"))
        length = own_text (page, node);
      else if (g_str_equal (name, "div") || g_str_equal (name, "section"))
        length = direct_text_length (page, node);
      else
        continue;

      if (length < MIN_PARAGRAPH_CHARS)
        continue;

      text = node_text (node);
      score = 1 + count_commas (text) + MIN (length / 100, 3);

      /* The score flows up: all of it to the parent, half to the
       * grandparent, then a third, a ninth… */
      ancestor = node->parent;
      for (guint level = 0; level < 5 && ancestor != NULL && ancestor->type == XML_ELEMENT_NODE;
           level++, ancestor = ancestor->parent)
        {
          NodeStats *stats = lookup_stats (page, ancestor);
          double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;

          if (!stats->scored)
            {
              initialize_candidate (page, ancestor);
              g_ptr_array_add (candidates, ancestor);
            }
          stats->score += score / divider;
          if (ancestor == page->body)
            break;
        }
    }

  for (guint i = 0; i < candidates->len; i++)
    {
      xmlNode *candidate = g_ptr_array_index (candidates, i);
      NodeStats *stats = g_hash_table_lookup (page->stats, candidate);
      double final = stats->score * (1.0 - link_density (page, candidate));

      if (top == NULL || final > top_score)
        {
          top = candidate;
          top_score = final;
        }
    }

  return top;
}

/* The top block and its siblings that belong with it: well scored, or
 * plain paragraphs with few links. */
static GPtrArray *
gather_with_siblings (Page    *page,
                      xmlNode *top)
{
  GPtrArray *nodes = g_ptr_array_new ();
  NodeStats *top_stats = g_hash_table_lookup (page->stats, top);
  double threshold = MAX (10.0, (top_stats != NULL ? top_stats->score : 0) * 0.2);
  g_autofree char *top_class = get_attribute (top, "class");
  g_autoptr(GHashTable) header = g_hash_table_new (g_direct_hash, g_direct_equal);

  if (top == page->body || top->parent == NULL)
    {
      g_ptr_array_add (nodes, top);
      return nodes;
    }

  /* The story's own header sits right above the densest block in
   * table-and-div pages: its headline and a short date line. Up to three
   * such siblings are kept with it. */
  {
    guint kept = 0;

    for (xmlNode *sibling = top->prev; sibling != NULL && kept < 3; sibling = sibling->prev)
      {
        const char *name = element_name (sibling);
        NodeStats *stats;

        if (sibling->type != XML_ELEMENT_NODE)
          continue;
        stats = g_hash_table_lookup (page->stats, sibling);
        if (stats == NULL || stats->text_len == 0)
          continue;
        if (!((name[0] == 'h' && name[1] >= '1' && name[1] <= '3' && name[2] == '\0') ||
              (stats->text_len <= 120 && stats->link_len * 2 < stats->text_len)))
          break;
        g_hash_table_add (header, sibling);
        kept++;
      }
  }

  for (xmlNode *sibling = top->parent->children; sibling != NULL; sibling = sibling->next)
    {
      NodeStats *stats;
      gboolean append = FALSE;

      if (sibling->type != XML_ELEMENT_NODE)
        continue;

      stats = g_hash_table_lookup (page->stats, sibling);
      if (sibling == top || g_hash_table_contains (header, sibling))
        append = TRUE;
      else if (stats != NULL && stats->scored)
        {
          g_autofree char *class = get_attribute (sibling, "class");
          double bonus = (top_class != NULL && class != NULL && g_str_equal (top_class, class) && top_stats != NULL)
                         ? top_stats->score * 0.2 : 0;

          append = stats->score + bonus >= threshold;
        }
      if (!append && is_element (sibling, "p"))
        {
          guint length = stats != NULL ? stats->text_len : 0;
          double density = link_density (page, sibling);

          if (length > 80 && density < 0.25)
            append = TRUE;
          else if (length > 0 && length <= 80 && density == 0)
            {
              g_autofree char *text = node_text (sibling);
              append = g_str_has_suffix (text, ".");
            }
        }

      if (append)
        g_ptr_array_add (nodes, sibling);
    }

  return nodes;
}

/* ---- writing the text -------------------------------------------------- */

typedef struct {
  GString  *out;
  GString  *block;
  gboolean  pending_space;
  gboolean  last_was_item;
  guint     item_depth;
  guint     pre_depth;
} Writer;

static void
writer_flush (Writer *writer)
{
  gboolean item = writer->item_depth > 0;

  while (writer->block->len > 0 &&
         (writer->block->str[writer->block->len - 1] == ' ' || writer->block->str[writer->block->len - 1] == '\n'))
    g_string_truncate (writer->block, writer->block->len - 1);

  if (writer->block->len > 0)
    {
      if (writer->out->len > 0)
        g_string_append (writer->out, item && writer->last_was_item ? "\n" : "\n\n");
      g_string_append_len (writer->out, writer->block->str, writer->block->len);
      writer->last_was_item = item;
    }

  g_string_truncate (writer->block, 0);
  writer->pending_space = FALSE;
}

static void
writer_line_break (Writer *writer)
{
  while (writer->block->len > 0 && writer->block->str[writer->block->len - 1] == ' ')
    g_string_truncate (writer->block, writer->block->len - 1);
  if (writer->block->len > 0 && writer->block->str[writer->block->len - 1] != '\n')
    g_string_append_c (writer->block, '\n');
  writer->pending_space = FALSE;
}

static void
writer_text (Writer     *writer,
             const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' && writer->pre_depth > 0)
        writer_line_break (writer);
      else if (is_blank_char (c))
        writer->pending_space = TRUE;
      else if (c == 0x00AD || c == 0x200C || c == 0x200D || c == 0x2060)
        continue;
      else
        {
          if (writer->pending_space && writer->block->len > 0 &&
              writer->block->str[writer->block->len - 1] != '\n')
            g_string_append_c (writer->block, ' ');
          writer->pending_space = FALSE;
          g_string_append_unichar (writer->block, c);
        }
    }
}

/* Blocks inside the article that are made of links: a list of related
 * headlines, a tag cloud, a "Read more: <a>…</a>" paragraph. */
static gboolean
is_link_list (Page    *page,
              xmlNode *node)
{
  NodeStats *stats = g_hash_table_lookup (page->stats, node);
  const char *name = element_name (node);

  if (stats == NULL || stats->text_len == 0)
    return FALSE;

  if (g_str_equal (name, "p") || g_str_equal (name, "li"))
    return stats->link_len * 5 >= stats->text_len * 4;

  return stats->link_len * 2 > stats->text_len && stats->paragraphs < 2;
}

static void
write_tree (Page    *page,
            Writer  *writer,
            xmlNode *root)
{
  xmlNode *node = root;

  while (node != NULL)
    {
      gboolean descend = FALSE;

      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
        writer_text (writer, (const char *) node->content);
      else if (node->type == XML_ELEMENT_NODE)
        {
          const char *name = element_name (node);

          if (g_str_equal (name, "br"))
            writer_line_break (writer);
          else if (g_str_equal (name, "img") || g_str_equal (name, "picture"))
            ;
          else if (name_in (name, inline_tags, G_N_ELEMENTS (inline_tags)))
            descend = TRUE;
          else if (node != root && is_link_list (page, node))
            ;
          else
            {
              writer_flush (writer);
              if (g_str_equal (name, "li") || g_str_equal (name, "dt") || g_str_equal (name, "dd"))
                writer->item_depth++;
              if (g_str_equal (name, "pre"))
                writer->pre_depth++;
              descend = TRUE;
            }
        }

      if (descend && node->children != NULL)
        {
          node = node->children;
          continue;
        }

      /* Leave this node, then its ancestors that have no next sibling. */
      while (node != NULL)
        {
          gboolean entered_block = node->type == XML_ELEMENT_NODE &&
                                   !name_in (element_name (node), inline_tags, G_N_ELEMENTS (inline_tags)) &&
                                   !g_str_equal (element_name (node), "br") &&
                                   (node == root || !is_link_list (page, node));

          if (entered_block)
            {
              const char *name = element_name (node);

              writer_flush (writer);
              if ((g_str_equal (name, "li") || g_str_equal (name, "dt") || g_str_equal (name, "dd")) &&
                  writer->item_depth > 0)
                writer->item_depth--;
              if (g_str_equal (name, "pre") && writer->pre_depth > 0)
                writer->pre_depth--;
            }

          if (node == root)
            {
              node = NULL;
              break;
            }
          if (node->next != NULL)
            {
              node = node->next;
              break;
            }
          node = node->parent;
        }
    }

  writer_flush (writer);
}

/* ---- title ------------------------------------------------------------- */

static guint
count_title_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      n++;

  return n;
}

/* "Talks end without progress | The Harbour Wire" → "Talks end without
 * progress". The site's own name is cut wherever it stands; without it,
 * a short capitalised last part after a separator is taken for one. */
static char *
strip_site_name (const char *title,
                 const char *site_name)
{
  static const char * const separators[] = { " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » " };
  const char *cut = NULL;
  const char *cut_end = NULL;

  for (guint s = 0; s < G_N_ELEMENTS (separators); s++)
    {
      gsize sep_len = strlen (separators[s]);

      if (site_name != NULL && *site_name != '\0')
        {
          g_autofree char *suffix = g_strconcat (separators[s], site_name, NULL);
          g_autofree char *prefix = g_strconcat (site_name, separators[s], NULL);
          g_autofree char *title_folded = g_utf8_casefold (title, -1);
          g_autofree char *suffix_folded = g_utf8_casefold (suffix, -1);
          g_autofree char *prefix_folded = g_utf8_casefold (prefix, -1);

          if (g_str_has_suffix (title_folded, suffix_folded) && strlen (title) > strlen (suffix))
            return g_strndup (title, strlen (title) - strlen (suffix));
          if (g_str_has_prefix (title_folded, prefix_folded) && strlen (title) > strlen (prefix))
            return g_strdup (title + strlen (prefix));
        }

      for (const char *p = strstr (title, separators[s]); p != NULL; p = strstr (p + 1, separators[s]))
        if (cut == NULL || p > cut)
          {
            cut = p;
            cut_end = p + sep_len;
          }
    }

  if (cut != NULL)
    {
      g_autofree char *left = g_strndup (title, cut - title);
      gunichar first = g_utf8_get_char (cut_end);

      if (count_title_words (cut_end) <= 4 && count_title_words (left) >= 3 &&
          (g_unichar_isupper (first) || g_unichar_isdigit (first)))
        return g_steal_pointer (&left);
    }

  return g_strdup (title);
}

static char *
choose_title (Page *page)
{
  if (page->og_title != NULL)
    return strip_site_name (page->og_title, page->site_name);
  if (page->ld_headline != NULL)
    return strip_site_name (page->ld_headline, page->site_name);
  if (page->html_title != NULL)
    return strip_site_name (page->html_title, page->site_name);
  return g_strdup (page->first_h1);
}

/* ---- public API -------------------------------------------------------- */

void
dateline_html_page_free (DatelineHtmlPage *page)
{
  if (page == NULL)
    return;

  g_free (page->title);
  g_free (page->site_name);
  g_free (page->text);
  g_free (page);
}

gboolean
dateline_html_looks_like_html (const char *text,
                               gsize       length)
{
  const char *p = text;
  const char *end = text + length;
  gsize window;

  g_return_val_if_fail (text != NULL || length == 0, FALSE);

  if (length >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;

  /* Past blanks and comments to the first tag. */
  for (;;)
    {
      while (p < end && g_ascii_isspace (*p))
        p++;
      if (end - p >= 4 && memcmp (p, "<!--", 4) == 0)
        {
          const char *close = g_strstr_len (p, end - p, "-->");
          if (close == NULL)
            return FALSE;
          p = close + 3;
          continue;
        }
      break;
    }

  if (p >= end || *p != '<')
    return FALSE;

  window = MIN ((gsize) (end - p), 1024);
  if (window >= 14 && g_ascii_strncasecmp (p, "<!doctype html", 14) == 0)
    return TRUE;

  for (const char *q = p; q + 5 <= p + window; q++)
    if (g_ascii_strncasecmp (q, "<html", 5) == 0 || g_ascii_strncasecmp (q, "<head", 5) == 0 ||
        g_ascii_strncasecmp (q, "<body", 5) == 0)
      return TRUE;

  return FALSE;
}

char *
dateline_html_sniff_charset (const char *data,
                             gsize       length)
{
  gsize window = MIN (length, 4096);

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  for (gsize i = 0; i + 8 <= window; i++)
    {
      gsize j;
      GString *charset;

      if (g_ascii_strncasecmp (data + i, "charset=", 8) != 0)
        continue;

      j = i + 8;
      while (j < window && (data[j] == '"' || data[j] == '\'' || data[j] == ' '))
        j++;
      charset = g_string_new (NULL);
      while (j < window && (g_ascii_isalnum (data[j]) || data[j] == '-' || data[j] == '_' ||
                            data[j] == ':' || data[j] == '.'))
        g_string_append_c (charset, g_ascii_tolower (data[j++]));
      if (charset->len > 0)
        return g_string_free (charset, FALSE);
      g_string_free (charset, TRUE);
    }

  return NULL;
}

static gboolean
read_digits (const char *p,
             guint       n,
             int        *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      *value = *value * 10 + (p[i] - '0');
    }

  return TRUE;
}

gboolean
dateline_html_parse_date (const char   *value,
                          DatelineWhen *when)
{
  g_autofree char *copy = NULL;
  const char *p;
  int year, month, day;
  gsize digits = 0;

  g_return_val_if_fail (when != NULL, FALSE);

  *when = (DatelineWhen) DATELINE_WHEN_INIT;
  if (value == NULL)
    return FALSE;

  copy = g_strstrip (g_strdup (value));
  p = copy;
  while (g_ascii_isdigit (p[digits]))
    digits++;

  /* 2025-07-31, 2025/07/31, 2025.07.31, with anything after. */
  if (digits == 4 && strchr ("-/.", p[4]) != NULL && p[4] != '\0' &&
      read_digits (p, 4, &year) && read_digits (p + 5, 2, &month))
    {
      if (p[7] == p[4] && read_digits (p + 8, 2, &day) && !g_ascii_isdigit (p[10]))
        return dateline_when_set_span (when, year, month, day, DATELINE_GRANULARITY_DAY,
                                       DATELINE_CERTAINTY_STATED);
      if (p[7] == '\0')
        return dateline_when_set_span (when, year, month, 1, DATELINE_GRANULARITY_MONTH,
                                       DATELINE_CERTAINTY_STATED);
      return FALSE;
    }

  /* 20250731 or 20250731T140300 */
  if (digits == 8 && (p[8] == '\0' || p[8] == 'T' || p[8] == ' ') &&
      read_digits (p, 4, &year) && read_digits (p + 4, 2, &month) && read_digits (p + 6, 2, &day))
    return dateline_when_set_span (when, year, month, day, DATELINE_GRANULARITY_DAY,
                                   DATELINE_CERTAINTY_STATED);

  /* A bare year. */
  if (digits == 4 && p[4] == '\0' && read_digits (p, 4, &year) && year >= 1000)
    return dateline_when_set_span (when, year, 1, 1, DATELINE_GRANULARITY_YEAR, DATELINE_CERTAINTY_STATED);

  /* Unix time in seconds or milliseconds. */
  if ((digits == 10 || digits == 13) && p[digits] == '\0')
    {
      gint64 seconds = g_ascii_strtoll (p, NULL, 10) / (digits == 13 ? 1000 : 1);
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (seconds);

      if (utc == NULL)
        return FALSE;
      return dateline_when_set_span (when, g_date_time_get_year (utc), g_date_time_get_month (utc),
                                     g_date_time_get_day_of_month (utc), DATELINE_GRANULARITY_DAY,
                                     DATELINE_CERTAINTY_STATED);
    }

  /* Anything else: a full date the tagger reads, near the start. */
  {
    g_autoptr(GPtrArray) timexes = dateline_timex_tag (copy, -1, NULL);

    for (guint i = 0; i < timexes->len; i++)
      {
        const DatelineTimex *timex = g_ptr_array_index (timexes, i);

        if (timex->start > 16)
          break;
        if ((timex->type == DATELINE_TIMEX_DATE || timex->type == DATELINE_TIMEX_TIME) &&
            dateline_when_is_dated (&timex->when) && timex->when.granularity == DATELINE_GRANULARITY_DAY)
          {
            *when = timex->when;
            when->certainty = DATELINE_CERTAINTY_STATED;
            return TRUE;
          }
      }
  }

  return FALSE;
}

/* "<!DOCTYPE html [ <!ENTITY …> ]>": the HTML parser does not read an
 * internal subset (so no entity is ever expanded), but it would spill the
 * declarations into the text. They are cut before parsing. */
static char *
strip_internal_subset (const char *html,
                       gsize       length,
                       gsize      *new_length)
{
  gsize window = MIN (length, 4096);
  const char *doctype = NULL;
  const char *open;
  const char *close;
  GString *out;

  for (gsize i = 0; i + 9 <= window; i++)
    if (g_ascii_strncasecmp (html + i, "<!doctype", 9) == 0)
      {
        doctype = html + i;
        break;
      }
  if (doctype == NULL)
    return NULL;

  for (open = doctype; open < html + length && *open != '[' && *open != '>'; open++)
    ;
  if (open >= html + length || *open != '[')
    return NULL;

  close = g_strstr_len (open, html + length - open, "]>");
  if (close == NULL)
    close = html + length - 2;

  out = g_string_sized_new (length);
  g_string_append_len (out, html, open - html);
  g_string_append_c (out, '>');
  if (close + 2 < html + length)
    g_string_append_len (out, close + 2, html + length - (close + 2));

  *new_length = out->len;
  return g_string_free (out, FALSE);
}

static void
page_clear (Page *page)
{
  g_clear_pointer (&page->stats, g_hash_table_unref);
  g_clear_pointer (&page->doc, xmlFreeDoc);
  g_free (page->og_title);
  g_free (page->ld_headline);
  g_free (page->ld_body);
  g_free (page->html_title);
  g_free (page->first_h1);
  g_free (page->site_name);
  g_free (page->meta_date);
  g_free (page->ld_date);
  g_free (page->time_date);
}

DatelineHtmlPage *
dateline_html_page_parse (const char *html,
                          gsize       length)
{
  g_autofree char *stripped = NULL;
  DatelineHtmlPage *result;
  Page page = { NULL, };
  xmlNode *root;
  gsize stripped_length = 0;
  Writer writer = { NULL, };
  const char *date = NULL;

  g_return_val_if_fail (html != NULL || length == 0, NULL);
  g_return_val_if_fail (length <= G_MAXINT, NULL);

  result = g_new0 (DatelineHtmlPage, 1);
  result->published = (DatelineWhen) DATELINE_WHEN_INIT;

  stripped = strip_internal_subset (html, length, &stripped_length);
  if (stripped != NULL)
    {
      html = stripped;
      length = stripped_length;
    }

  /* The bytes are UTF-8 already (ingest decoded them): a <meta charset>
   * must not make libxml2 decode them a second time. */
  page.doc = htmlReadMemory (html, (int) length, NULL, "UTF-8",
                             HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                             HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC);
  page.stats = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);

  root = page.doc != NULL ? xmlDocGetRootElement (page.doc) : NULL;
  if (root == NULL)
    {
      result->text = g_strdup ("");
      page_clear (&page);
      return result;
    }

  read_metadata (&page, root);

  for (xmlNode *node = root; node != NULL; node = next_in_tree (node, root, FALSE))
    if (is_element (node, "body"))
      {
        page.body = node;
        break;
      }
  if (page.body == NULL)
    page.body = root;

  compute_stats (&page);
  remove_furniture (&page);
  compute_stats (&page);

  writer.out = g_string_new (NULL);
  writer.block = g_string_new (NULL);
  {
    xmlNode *article = find_semantic_article (&page);

    if (article != NULL)
      write_tree (&page, &writer, article);
    else
      {
        xmlNode *top = find_densest_block (&page);
        g_autoptr(GPtrArray) nodes = gather_with_siblings (&page, top != NULL ? top : page.body);

        for (guint i = 0; i < nodes->len; i++)
          write_tree (&page, &writer, g_ptr_array_index (nodes, i));
      }
  }

  result->text = g_string_free (writer.out, FALSE);
  g_string_free (writer.block, TRUE);

  /* A page that builds its article with scripts may carry the text only
   * in its JSON-LD: used when it holds clearly more than the page shows. */
  if (page.ld_body != NULL && visible_length (page.ld_body) > 2 * visible_length (result->text) + 100)
    {
      g_free (result->text);
      result->text = g_strdup (page.ld_body);
    }
  result->title = choose_title (&page);
  result->site_name = g_strdup (page.site_name);

  if (page.meta_date != NULL)
    date = page.meta_date;
  else if (page.ld_date != NULL)
    date = page.ld_date;
  else if (page.time_date != NULL)
    date = page.time_date;
  if (date != NULL)
    dateline_html_parse_date (date, &result->published);

  page_clear (&page);
  return result;
}

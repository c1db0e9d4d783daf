/* dateline-lemma.c — a small English lemmatiser for matching event words
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Irregular forms from a table, everything else through Porter's (1980)
 * stemmer, so that "struck"/"strikes"/"striking" and "killed"/"kills"
 * meet. Keys for matching, not dictionary words. Written for the ECB+
 * lemma baseline and shared with the event merger.
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include "dateline-lemma.h"

/* Common English irregular verb forms (past, participle, present) and a
 * few irregular plurals, mapped to the base form. General English, not
 * drawn from any of the corpora. */
static const char * const irregular_forms[][2] = {
  { "am", "be" }, { "is", "be" }, { "are", "be" }, { "was", "be" }, { "were", "be" },
  { "been", "be" }, { "has", "have" }, { "had", "have" }, { "does", "do" }, { "did", "do" },
  { "done", "do" }, { "said", "say" }, { "says", "say" }, { "told", "tell" }, { "went", "go" },
  { "gone", "go" }, { "goes", "go" }, { "made", "make" }, { "took", "take" }, { "taken", "take" },
  { "gave", "give" }, { "given", "give" }, { "came", "come" }, { "saw", "see" },
  { "seen", "see" }, { "got", "get" }, { "gotten", "get" }, { "found", "find" },
  { "thought", "think" }, { "brought", "bring" }, { "bought", "buy" }, { "sold", "sell" },
  { "held", "hold" }, { "kept", "keep" }, { "left", "leave" }, { "lost", "lose" },
  { "met", "meet" }, { "paid", "pay" }, { "ran", "run" }, { "sent", "send" },
  { "spent", "spend" }, { "stood", "stand" }, { "struck", "strike" }, { "stricken", "strike" },
  { "shot", "shoot" }, { "fought", "fight" }, { "fell", "fall" }, { "fallen", "fall" },
  { "began", "begin" }, { "begun", "begin" }, { "broke", "break" }, { "broken", "break" },
  { "built", "build" }, { "caught", "catch" }, { "chose", "choose" }, { "chosen", "choose" },
  { "drew", "draw" }, { "drawn", "draw" }, { "drove", "drive" }, { "driven", "drive" },
  { "ate", "eat" }, { "eaten", "eat" }, { "flew", "fly" }, { "flown", "fly" },
  { "forgot", "forget" }, { "forgotten", "forget" }, { "froze", "freeze" },
  { "frozen", "freeze" }, { "grew", "grow" }, { "grown", "grow" }, { "hung", "hang" },
  { "heard", "hear" }, { "hid", "hide" }, { "hidden", "hide" }, { "knew", "know" },
  { "known", "know" }, { "laid", "lay" }, { "led", "lead" }, { "lent", "lend" },
  { "lain", "lie" }, { "meant", "mean" }, { "rode", "ride" }, { "ridden", "ride" },
  { "rang", "ring" }, { "rung", "ring" }, { "rose", "rise" }, { "risen", "rise" },
  { "sought", "seek" }, { "shook", "shake" }, { "shaken", "shake" }, { "sang", "sing" },
  { "sung", "sing" }, { "sank", "sink" }, { "sunk", "sink" }, { "sat", "sit" },
  { "slept", "sleep" }, { "slid", "slide" }, { "spoke", "speak" }, { "spoken", "speak" },
  { "stole", "steal" }, { "stolen", "steal" }, { "stuck", "stick" }, { "swore", "swear" },
  { "sworn", "swear" }, { "swept", "sweep" }, { "swam", "swim" }, { "swum", "swim" },
  { "taught", "teach" }, { "tore", "tear" }, { "torn", "tear" }, { "threw", "throw" },
  { "thrown", "throw" }, { "understood", "understand" }, { "woke", "wake" }, { "woken", "wake" },
  { "wore", "wear" }, { "worn", "wear" }, { "won", "win" }, { "wrote", "write" },
  { "written", "write" }, { "withdrew", "withdraw" }, { "withdrawn", "withdraw" },
  { "fed", "feed" }, { "felt", "feel" }, { "fled", "flee" }, { "forgave", "forgive" },
  { "forgiven", "forgive" }, { "bore", "bear" }, { "borne", "bear" }, { "beaten", "beat" },
  { "became", "become" }, { "bent", "bend" }, { "bit", "bite" }, { "bitten", "bite" },
  { "bled", "bleed" }, { "blew", "blow" }, { "blown", "blow" }, { "bred", "breed" },
  { "dealt", "deal" }, { "dug", "dig" }, { "dreamt", "dream" }, { "foresaw", "foresee" },
  { "foreseen", "foresee" }, { "overtook", "overtake" }, { "overtaken", "overtake" },
  { "undertook", "undertake" }, { "undertaken", "undertake" }, { "upheld", "uphold" },
  { "overcame", "overcome" }, { "shrank", "shrink" }, { "shrunk", "shrink" }, { "slain", "slay" },
  { "sped", "speed" }, { "sprang", "spring" }, { "sprung", "spring" }, { "wept", "weep" },
  { "arose", "arise" }, { "arisen", "arise" }, { "awoke", "awake" }, { "awoken", "awake" },
  { "sprang", "spring" }, { "strove", "strive" }, { "striven", "strive" },
  { "withheld", "withhold" }, { "mistook", "mistake" }, { "mistaken", "mistake" },
  { "oversaw", "oversee" }, { "overseen", "oversee" }, { "men", "man" }, { "women", "woman" },
  { "children", "child" }, { "people", "person" },
  /* Porter makes "di" of "died" and "dies" but keeps "die". */
  { "died", "die" }, { "dies", "die" }, { "dying", "die" }, { "lied", "lie" },
  { "lies", "lie" }, { "lying", "lie" }, { "tied", "tie" }, { "ties", "tie" },
  { "tying", "tie" },
};

/* The Porter (1980) stemmer over a lower-case ASCII word in @b[0..k]. */
typedef struct {
  char *b;
  int   k;
  int   j;
} Stemmer;

static gboolean
stem_consonant (Stemmer *z,
                int      i)
{
  switch (z->b[i])
    {
    case 'a': case 'e': case 'i': case 'o': case 'u':
      return FALSE;
    case 'y':
      return i == 0 ? TRUE : !stem_consonant (z, i - 1);
    default:
      return TRUE;
    }
}

/* The number of vowel–consonant sequences in b[0..j]. */
static int
stem_measure (Stemmer *z)
{
  int n = 0;
  int i = 0;

  for (;;)
    {
      if (i > z->j)
        return n;
      if (!stem_consonant (z, i))
        break;
      i++;
    }
  i++;
  for (;;)
    {
      for (;;)
        {
          if (i > z->j)
            return n;
          if (stem_consonant (z, i))
            break;
          i++;
        }
      i++;
      n++;
      for (;;)
        {
          if (i > z->j)
            return n;
          if (!stem_consonant (z, i))
            break;
          i++;
        }
      i++;
    }
}

static gboolean
stem_vowel_in_stem (Stemmer *z)
{
  for (int i = 0; i <= z->j; i++)
    if (!stem_consonant (z, i))
      return TRUE;
  return FALSE;
}

static gboolean
stem_double_consonant (Stemmer *z,
                       int      j)
{
  return j >= 1 && z->b[j] == z->b[j - 1] && stem_consonant (z, j);
}

/* consonant–vowel–consonant ending at i, the last not w, x or y. */
static gboolean
stem_cvc (Stemmer *z,
          int      i)
{
  if (i < 2 || !stem_consonant (z, i) || stem_consonant (z, i - 1) || !stem_consonant (z, i - 2))
    return FALSE;
  return z->b[i] != 'w' && z->b[i] != 'x' && z->b[i] != 'y';
}

static gboolean
stem_ends (Stemmer    *z,
           const char *suffix)
{
  int length = (int) strlen (suffix);

  if (length > z->k + 1)
    return FALSE;
  if (memcmp (z->b + z->k - length + 1, suffix, (gsize) length) != 0)
    return FALSE;
  z->j = z->k - length;
  return TRUE;
}

static void
stem_set_to (Stemmer    *z,
             const char *replacement)
{
  int length = (int) strlen (replacement);

  memcpy (z->b + z->j + 1, replacement, (gsize) length);
  z->k = z->j + length;
}

static void
stem_replace_if_measured (Stemmer    *z,
                          const char *replacement)
{
  if (stem_measure (z) > 0)
    stem_set_to (z, replacement);
}

static void
stem_step_1ab (Stemmer *z)
{
  if (z->b[z->k] == 's')
    {
      if (stem_ends (z, "sses"))
        z->k -= 2;
      else if (stem_ends (z, "ies"))
        stem_set_to (z, "i");
      else if (z->k >= 1 && z->b[z->k - 1] != 's')
        z->k--;
    }
  if (stem_ends (z, "eed"))
    {
      if (stem_measure (z) > 0)
        z->k--;
    }
  else if ((stem_ends (z, "ed") || stem_ends (z, "ing")) && stem_vowel_in_stem (z))
    {
      z->k = z->j;
      if (stem_ends (z, "at"))
        stem_set_to (z, "ate");
      else if (stem_ends (z, "bl"))
        stem_set_to (z, "ble");
      else if (stem_ends (z, "iz"))
        stem_set_to (z, "ize");
      else if (stem_double_consonant (z, z->k))
        {
          char c = z->b[z->k - 1];

          z->k--;
          if (c == 'l' || c == 's' || c == 'z')
            z->k++;
        }
      else
        {
          z->j = z->k;
          if (stem_measure (z) == 1 && stem_cvc (z, z->k))
            stem_set_to (z, "e");
        }
    }
}

static void
stem_step_1c (Stemmer *z)
{
  if (stem_ends (z, "y") && stem_vowel_in_stem (z))
    z->b[z->k] = 'i';
}

static void
stem_step_2 (Stemmer *z)
{
  static const char * const rules[][2] = {
    { "ational", "ate" }, { "tional", "tion" }, { "enci", "ence" }, { "anci", "ance" },
    { "izer", "ize" }, { "bli", "ble" }, { "alli", "al" }, { "entli", "ent" }, { "eli", "e" },
    { "ousli", "ous" }, { "ization", "ize" }, { "ation", "ate" }, { "ator", "ate" },
    { "alism", "al" }, { "iveness", "ive" }, { "fulness", "ful" }, { "ousness", "ous" },
    { "aliti", "al" }, { "iviti", "ive" }, { "biliti", "ble" }, { "logi", "log" },
  };

  if (z->k < 1)
    return;
  for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
    if (stem_ends (z, rules[r][0]))
      {
        stem_replace_if_measured (z, rules[r][1]);
        return;
      }
}

static void
stem_step_3 (Stemmer *z)
{
  static const char * const rules[][2] = {
    { "icate", "ic" }, { "ative", "" }, { "alize", "al" }, { "iciti", "ic" },
    { "ical", "ic" }, { "ful", "" }, { "ness", "" },
  };

  for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
    if (stem_ends (z, rules[r][0]))
      {
        stem_replace_if_measured (z, rules[r][1]);
        return;
      }
}

static void
stem_step_4 (Stemmer *z)
{
  static const char * const suffixes[] = {
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent",
    "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
  };

  if (z->k < 1)
    return;
  for (guint s = 0; s < G_N_ELEMENTS (suffixes); s++)
    {
      if (!stem_ends (z, suffixes[s]))
        continue;
      /* "-ion" only after s or t. */
      if (strcmp (suffixes[s], "ion") == 0 &&
          !(z->j >= 0 && (z->b[z->j] == 's' || z->b[z->j] == 't')))
        continue;
      if (stem_measure (z) > 1)
        z->k = z->j;
      return;
    }
}

static void
stem_step_5 (Stemmer *z)
{
  z->j = z->k;
  if (z->b[z->k] == 'e')
    {
      int a = stem_measure (z);

      if (a > 1 || (a == 1 && !stem_cvc (z, z->k - 1)))
        z->k--;
    }
  /* The measure is still that of the word before the 'e' went, as in
   * Porter's reference implementation. */
  if (z->b[z->k] == 'l' && stem_double_consonant (z, z->k) && stem_measure (z) > 1)
    z->k--;
}

static char *
porter_stem (const char *lower)
{
  Stemmer z;
  char *b = g_strdup (lower);

  z.b = b;
  z.k = (int) strlen (b) - 1;
  z.j = 0;
  if (z.k <= 1)
    return b;

  stem_step_1ab (&z);
  if (z.k > 0)
    {
      stem_step_1c (&z);
      stem_step_2 (&z);
      stem_step_3 (&z);
      stem_step_4 (&z);
      stem_step_5 (&z);
    }
  b[z.k + 1] = '\0';

  return b;
}

/* irregular form → base form, built once */
static GHashTable *
get_irregular_forms (void)
{
  static GHashTable *table;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      table = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < G_N_ELEMENTS (irregular_forms); i++)
        g_hash_table_insert (table, (gpointer) irregular_forms[i][0], (gpointer) irregular_forms[i][1]);
      g_once_init_leave (&initialized, 1);
    }

  return table;
}

/**
 * dateline_lemma:
 * @word: a word, UTF-8, any case
 *
 * Returns: (transfer full): its lemma-like key: lower case, irregular
 *   forms to their base ("struck" → "strike"), the rest Porter-stemmed;
 *   words with characters other than a–z are only lower-cased
 */
char *
dateline_lemma (const char *word)
{
  g_autofree char *lower = NULL;
  const char *base;

  g_return_val_if_fail (word != NULL, NULL);

  lower = g_utf8_strdown (word, -1);
  base = g_hash_table_lookup (get_irregular_forms (), lower);
  if (base != NULL)
    {
      g_free (lower);
      lower = g_strdup (base);
    }

  /* The stemmer is for plain English words; anything else stays as is. */
  for (const char *p = lower; *p != '\0'; p++)
    if (*p < 'a' || *p > 'z')
      return g_steal_pointer (&lower);

  return porter_stem (lower);
}

/**
 * dateline_lemma_phrase:
 * @text: one or more words, UTF-8
 *
 * The lemmas of the words of @text, one space apart, each word first
 * rid of the punctuation around it and of a possessive "'s"
 * ("#Oscars" → "oscar", "show's" → "show", "killed." → "kill").
 *
 * Returns: (transfer full): the key, "" when @text has no word
 */
char *
dateline_lemma_phrase (const char *text)
{
  GString *key = g_string_new (NULL);
  const char *p = text;

  g_return_val_if_fail (text != NULL, NULL);

  while (*p != '\0')
    {
      const char *start, *end;

      while (*p != '\0' && g_ascii_isspace (*p))
        p++;
      start = p;
      while (*p != '\0' && !g_ascii_isspace (*p))
        p++;
      end = p;

      /* ASCII punctuation only: letters beyond ASCII stay. */
      while (start < end && g_ascii_ispunct (*start))
        start++;
      while (end > start && g_ascii_ispunct (end[-1]))
        end--;
      if (end - start > 2 && (end[-1] == 's' || end[-1] == 'S') && end[-2] == '\'')
        end -= 2;
      else if (end - start > 4 && (end[-1] == 's' || end[-1] == 'S') &&
               memcmp (end - 4, "\xe2\x80\x99", 3) == 0)
        end -= 4;
      while (end > start && g_ascii_ispunct (end[-1]))
        end--;

      if (end > start)
        {
          g_autofree char *word = g_strndup (start, end - start);
          g_autofree char *lemma = dateline_lemma (word);

          if (key->len > 0)
            g_string_append_c (key, ' ');
          g_string_append (key, lemma);
        }
    }

  return g_string_free (key, FALSE);
}

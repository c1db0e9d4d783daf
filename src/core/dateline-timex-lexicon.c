/* dateline-timex-lexicon.c — the English words the temporal tagger knows
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include "dateline-timex-private.h"

/* Every word is looked up at most once per token, through a hash table
 * built on first use (thread safe, never freed: it lives as long as the
 * process, like the table it indexes). Words longer than the longest entry
 * are rejected before hashing. */

#define LONGEST_WORD 15

#define MONTH(w, m, f)   { .word = w, .classes = TIMEX_LEX_MONTH, .month = m, .flags = f }
#define WEEKDAY(w, d, f) { .word = w, .classes = TIMEX_LEX_WEEKDAY, .weekday = d, .flags = f }
#define UNIT(w, u, f)    { .word = w, .classes = TIMEX_LEX_UNIT, .unit = u, .flags = f }
#define NUMBER(w, n)     { .word = w, .classes = TIMEX_LEX_NUMBER, .number = n }
#define ORDINAL(w, n)    { .word = w, .classes = TIMEX_LEX_ORDINAL, .number = n }
#define SEASON(w, s, f)  { .word = w, .classes = TIMEX_LEX_SEASON, .season = s, .flags = f }
#define DECADE(w, y)     { .word = w, .classes = TIMEX_LEX_DECADE_WORD, .number = y }
#define CLASS(w, c)      { .word = w, .classes = c }
#define PAST(w)          CLASS (w, TIMEX_LEX_PAST)
#define NOT_PLURAL(w)    CLASS (w, TIMEX_LEX_NOT_PLURAL)

/* Cues that make a following bare year or month a date ("in 2024",
 * "until March"). */
#define CUE (TIMEX_LEX_YEAR_CUE | TIMEX_LEX_MONTH_CUE)

static const TimexLexeme lexicon[] = {
  /* Months. "May", "March" and "August" are also a modal, a verb and an
   * adjective: the recognisers want more evidence for them. */
  MONTH ("january", 1, 0), MONTH ("february", 2, 0),
  MONTH ("march", 3, TIMEX_LEXEME_AMBIGUOUS), MONTH ("april", 4, 0),
  MONTH ("may", 5, TIMEX_LEXEME_AMBIGUOUS), MONTH ("june", 6, 0), MONTH ("july", 7, 0),
  MONTH ("august", 8, TIMEX_LEXEME_AMBIGUOUS), MONTH ("september", 9, 0),
  MONTH ("october", 10, 0), MONTH ("november", 11, 0), MONTH ("december", 12, 0),
  MONTH ("jan", 1, TIMEX_LEXEME_ABBREVIATION), MONTH ("feb", 2, TIMEX_LEXEME_ABBREVIATION),
  MONTH ("mar", 3, TIMEX_LEXEME_ABBREVIATION), MONTH ("apr", 4, TIMEX_LEXEME_ABBREVIATION),
  MONTH ("jun", 6, TIMEX_LEXEME_ABBREVIATION), MONTH ("jul", 7, TIMEX_LEXEME_ABBREVIATION),
  MONTH ("aug", 8, TIMEX_LEXEME_ABBREVIATION), MONTH ("sep", 9, TIMEX_LEXEME_ABBREVIATION),
  MONTH ("sept", 9, TIMEX_LEXEME_ABBREVIATION), MONTH ("oct", 10, TIMEX_LEXEME_ABBREVIATION),
  MONTH ("nov", 11, TIMEX_LEXEME_ABBREVIATION), MONTH ("dec", 12, TIMEX_LEXEME_ABBREVIATION),

  /* Weekdays, ISO numbered. */
  WEEKDAY ("monday", 1, 0), WEEKDAY ("tuesday", 2, 0), WEEKDAY ("wednesday", 3, 0),
  WEEKDAY ("thursday", 4, 0), WEEKDAY ("friday", 5, 0), WEEKDAY ("saturday", 6, 0),
  WEEKDAY ("sunday", 7, 0),
  WEEKDAY ("mondays", 1, TIMEX_LEXEME_PLURAL), WEEKDAY ("tuesdays", 2, TIMEX_LEXEME_PLURAL),
  WEEKDAY ("wednesdays", 3, TIMEX_LEXEME_PLURAL), WEEKDAY ("thursdays", 4, TIMEX_LEXEME_PLURAL),
  WEEKDAY ("fridays", 5, TIMEX_LEXEME_PLURAL), WEEKDAY ("saturdays", 6, TIMEX_LEXEME_PLURAL),
  WEEKDAY ("sundays", 7, TIMEX_LEXEME_PLURAL),
  WEEKDAY ("mon", 1, TIMEX_LEXEME_ABBREVIATION), WEEKDAY ("tue", 2, TIMEX_LEXEME_ABBREVIATION),
  WEEKDAY ("tues", 2, TIMEX_LEXEME_ABBREVIATION), WEEKDAY ("wed", 3, TIMEX_LEXEME_ABBREVIATION),
  WEEKDAY ("thu", 4, TIMEX_LEXEME_ABBREVIATION), WEEKDAY ("thur", 4, TIMEX_LEXEME_ABBREVIATION),
  WEEKDAY ("thurs", 4, TIMEX_LEXEME_ABBREVIATION), WEEKDAY ("fri", 5, TIMEX_LEXEME_ABBREVIATION),
  { .word = "sat", .classes = TIMEX_LEX_WEEKDAY | TIMEX_LEX_PAST, .weekday = 6,
    .flags = TIMEX_LEXEME_ABBREVIATION },
  WEEKDAY ("sun", 7, TIMEX_LEXEME_ABBREVIATION),

  /* Days named from the speaker's today. */
  { .word = "yesterday", .classes = TIMEX_LEX_DEICTIC_DAY, .shift = -1 },
  { .word = "today", .classes = TIMEX_LEX_DEICTIC_DAY, .shift = 0 },
  { .word = "tomorrow", .classes = TIMEX_LEX_DEICTIC_DAY, .shift = 1 },
  { .word = "tonight", .classes = TIMEX_LEX_DEICTIC_DAY, .shift = 0, .part = TIMEX_PART_NIGHT },

  /* Units of time. */
  { .word = "second", .classes = TIMEX_LEX_UNIT | TIMEX_LEX_ORDINAL, .unit = TIMEX_UNIT_SECOND,
    .number = 2 },
  UNIT ("seconds", TIMEX_UNIT_SECOND, TIMEX_LEXEME_PLURAL),
  UNIT ("minute", TIMEX_UNIT_MINUTE, 0), UNIT ("minutes", TIMEX_UNIT_MINUTE, TIMEX_LEXEME_PLURAL),
  UNIT ("mins", TIMEX_UNIT_MINUTE, TIMEX_LEXEME_PLURAL),
  UNIT ("hour", TIMEX_UNIT_HOUR, 0), UNIT ("hours", TIMEX_UNIT_HOUR, TIMEX_LEXEME_PLURAL),
  UNIT ("hrs", TIMEX_UNIT_HOUR, TIMEX_LEXEME_PLURAL),
  UNIT ("day", TIMEX_UNIT_DAY, 0), UNIT ("days", TIMEX_UNIT_DAY, TIMEX_LEXEME_PLURAL),
  UNIT ("week", TIMEX_UNIT_WEEK, 0), UNIT ("weeks", TIMEX_UNIT_WEEK, TIMEX_LEXEME_PLURAL),
  UNIT ("weekend", TIMEX_UNIT_WEEKEND, 0),
  UNIT ("weekends", TIMEX_UNIT_WEEKEND, TIMEX_LEXEME_PLURAL),
  UNIT ("fortnight", TIMEX_UNIT_FORTNIGHT, 0),
  UNIT ("fortnights", TIMEX_UNIT_FORTNIGHT, TIMEX_LEXEME_PLURAL),
  UNIT ("month", TIMEX_UNIT_MONTH, 0), UNIT ("months", TIMEX_UNIT_MONTH, TIMEX_LEXEME_PLURAL),
  UNIT ("quarter", TIMEX_UNIT_QUARTER, 0),
  UNIT ("quarters", TIMEX_UNIT_QUARTER, TIMEX_LEXEME_PLURAL),
  UNIT ("year", TIMEX_UNIT_YEAR, 0), UNIT ("years", TIMEX_UNIT_YEAR, TIMEX_LEXEME_PLURAL),
  UNIT ("yrs", TIMEX_UNIT_YEAR, TIMEX_LEXEME_PLURAL),
  UNIT ("decade", TIMEX_UNIT_DECADE, 0), UNIT ("decades", TIMEX_UNIT_DECADE, TIMEX_LEXEME_PLURAL),
  UNIT ("century", TIMEX_UNIT_CENTURY, 0),
  UNIT ("centuries", TIMEX_UNIT_CENTURY, TIMEX_LEXEME_PLURAL),

  /* Numbers written as words. */
  { .word = "a", .classes = TIMEX_LEX_NUMBER, .number = 1, .flags = TIMEX_LEXEME_ARTICLE },
  { .word = "an", .classes = TIMEX_LEX_NUMBER, .number = 1, .flags = TIMEX_LEXEME_ARTICLE },
  NUMBER ("one", 1), NUMBER ("two", 2), NUMBER ("three", 3), NUMBER ("four", 4),
  NUMBER ("five", 5), NUMBER ("six", 6), NUMBER ("seven", 7), NUMBER ("eight", 8),
  NUMBER ("nine", 9), NUMBER ("ten", 10), NUMBER ("eleven", 11), NUMBER ("twelve", 12),
  NUMBER ("thirteen", 13), NUMBER ("fourteen", 14), NUMBER ("fifteen", 15),
  NUMBER ("sixteen", 16), NUMBER ("seventeen", 17), NUMBER ("eighteen", 18),
  NUMBER ("nineteen", 19), NUMBER ("twenty", 20), NUMBER ("thirty", 30),
  NUMBER ("forty", 40), NUMBER ("fifty", 50), NUMBER ("sixty", 60), NUMBER ("seventy", 70),
  NUMBER ("eighty", 80), NUMBER ("ninety", 90),
  { .word = "hundred", .classes = TIMEX_LEX_NUMBER | TIMEX_LEX_NOT_PAST, .number = 100 },
  ORDINAL ("first", 1), ORDINAL ("third", 3), ORDINAL ("fourth", 4), ORDINAL ("fifth", 5),
  ORDINAL ("sixth", 6), ORDINAL ("seventh", 7), ORDINAL ("eighth", 8), ORDINAL ("ninth", 9),
  ORDINAL ("tenth", 10), ORDINAL ("eleventh", 11), ORDINAL ("twelfth", 12),
  ORDINAL ("thirteenth", 13), ORDINAL ("fourteenth", 14), ORDINAL ("fifteenth", 15),
  ORDINAL ("sixteenth", 16), ORDINAL ("seventeenth", 17), ORDINAL ("eighteenth", 18),
  ORDINAL ("nineteenth", 19), ORDINAL ("twentieth", 20), ORDINAL ("thirtieth", 30),
  CLASS ("several", TIMEX_LEX_VAGUE_NUMBER), CLASS ("few", TIMEX_LEX_VAGUE_NUMBER),
  CLASS ("many", TIMEX_LEX_VAGUE_NUMBER), CLASS ("numerous", TIMEX_LEX_VAGUE_NUMBER),

  /* Shifts from the anchor. "this" ends in s but is no plural. */
  { .word = "last", .classes = TIMEX_LEX_SHIFT, .shift = -1 },
  { .word = "past", .classes = TIMEX_LEX_SHIFT, .shift = -1 },
  { .word = "previous", .classes = TIMEX_LEX_SHIFT, .shift = -1 },
  { .word = "this", .classes = TIMEX_LEX_SHIFT | TIMEX_LEX_NOT_PLURAL, .shift = 0 },
  { .word = "next", .classes = TIMEX_LEX_SHIFT, .shift = 1 },
  { .word = "coming", .classes = TIMEX_LEX_SHIFT, .shift = 1 },
  { .word = "earlier", .classes = TIMEX_LEX_EDGE | TIMEX_LEX_PAST, .shift = -1 },
  { .word = "later", .classes = TIMEX_LEX_EDGE, .shift = 1 },
  CLASS ("early", TIMEX_LEX_POSITION | CUE),
  CLASS ("late", TIMEX_LEX_POSITION | CUE),
  CLASS ("mid", TIMEX_LEX_POSITION | CUE),

  /* Prepositions before a bare year or month. */
  CLASS ("in", CUE), CLASS ("since", CUE), CLASS ("by", CUE), CLASS ("until", CUE),
  CLASS ("till", CUE), CLASS ("from", CUE), CLASS ("before", CUE), CLASS ("after", CUE),
  CLASS ("during", CUE), CLASS ("through", CUE), CLASS ("throughout", CUE),
  CLASS ("between", CUE), CLASS ("around", CUE), CLASS ("circa", CUE),
  CLASS ("of", CUE | TIMEX_LEX_OF),
  CLASS ("and", TIMEX_LEX_CHAIN_CUE), CLASS ("or", TIMEX_LEX_CHAIN_CUE),
  CLASS ("to", TIMEX_LEX_CHAIN_CUE), CLASS ("the", TIMEX_LEX_THE),

  /* Tense. Cheap clues, nearest one wins (see detect_tense ()). */
  CLASS ("will", TIMEX_LEX_FUTURE), CLASS ("shall", TIMEX_LEX_FUTURE),
  CLASS ("ll", TIMEX_LEX_FUTURE), CLASS ("scheduled", TIMEX_LEX_FUTURE),
  CLASS ("slated", TIMEX_LEX_FUTURE), CLASS ("upcoming", TIMEX_LEX_FUTURE),
  CLASS ("due", TIMEX_LEX_FUTURE),
  CLASS ("going", TIMEX_LEX_FUTURE_IF_TO), CLASS ("set", TIMEX_LEX_FUTURE_IF_TO),
  CLASS ("plans", TIMEX_LEX_FUTURE_IF_TO), CLASS ("plan", TIMEX_LEX_FUTURE_IF_TO),
  CLASS ("planning", TIMEX_LEX_FUTURE_IF_TO), CLASS ("planned", TIMEX_LEX_FUTURE),
  CLASS ("expected", TIMEX_LEX_FUTURE), CLASS ("expects", TIMEX_LEX_FUTURE_IF_TO),
  CLASS ("intends", TIMEX_LEX_FUTURE_IF_TO), CLASS ("aims", TIMEX_LEX_FUTURE_IF_TO),
  CLASS ("poised", TIMEX_LEX_FUTURE_IF_TO), CLASS ("hopes", TIMEX_LEX_FUTURE_IF_TO),
  PAST ("said"), PAST ("says"), PAST ("told"), PAST ("was"), PAST ("were"), PAST ("had"),
  PAST ("did"), PAST ("met"), PAST ("held"), PAST ("took"), PAST ("came"), PAST ("went"),
  PAST ("began"), PAST ("left"), PAST ("made"), PAST ("gave"), PAST ("spoke"), PAST ("saw"),
  PAST ("fell"), PAST ("rose"), PAST ("lost"), PAST ("struck"), PAST ("sent"),
  PAST ("wrote"), PAST ("fought"), PAST ("brought"), PAST ("became"), PAST ("got"),
  PAST ("found"), PAST ("kept"), PAST ("paid"), PAST ("led"), PAST ("ran"), PAST ("won"),
  PAST ("shot"), PAST ("stood"), PAST ("broke"), PAST ("chose"), PAST ("drove"),
  PAST ("flew"), PAST ("grew"), PAST ("knew"), PAST ("sold"), PAST ("spent"),
  PAST ("thought"), PAST ("understood"),
  CLASS ("ago", TIMEX_LEX_AGO | TIMEX_LEX_PAST),
  CLASS ("naked", TIMEX_LEX_NOT_PAST), CLASS ("wicked", TIMEX_LEX_NOT_PAST),
  CLASS ("sacred", TIMEX_LEX_NOT_PAST), CLASS ("kindred", TIMEX_LEX_NOT_PAST),
  CLASS ("hatred", TIMEX_LEX_NOT_PAST), CLASS ("rugged", TIMEX_LEX_NOT_PAST),

  /* Seasons. "fall" is also a verb: it needs a year or a cue. */
  SEASON ("spring", TIMEX_SEASON_SPRING, 0), SEASON ("summer", TIMEX_SEASON_SUMMER, 0),
  SEASON ("autumn", TIMEX_SEASON_FALL, 0),
  SEASON ("fall", TIMEX_SEASON_FALL, TIMEX_LEXEME_AMBIGUOUS),
  SEASON ("winter", TIMEX_SEASON_WINTER, 0),

  /* Decades in words ("the seventies"); "twenties" is more often an age. */
  DECADE ("thirties", 1930), DECADE ("forties", 1940), DECADE ("fifties", 1950),
  DECADE ("sixties", 1960), DECADE ("seventies", 1970), DECADE ("eighties", 1980),
  DECADE ("nineties", 1990),

  /* Parts of the day. */
  { .word = "morning", .classes = TIMEX_LEX_PART_OF_DAY, .part = TIMEX_PART_MORNING },
  { .word = "afternoon", .classes = TIMEX_LEX_PART_OF_DAY, .part = TIMEX_PART_AFTERNOON },
  { .word = "evening", .classes = TIMEX_LEX_PART_OF_DAY, .part = TIMEX_PART_EVENING },
  { .word = "night", .classes = TIMEX_LEX_PART_OF_DAY, .part = TIMEX_PART_NIGHT },

  /* References to a vague present or past (TimeML PRESENT_REF, PAST_REF). */
  { .word = "now", .classes = TIMEX_LEX_NOW, .set_value = "PRESENT_REF" },
  { .word = "currently", .classes = TIMEX_LEX_NOW, .set_value = "PRESENT_REF" },
  { .word = "recently", .classes = TIMEX_LEX_NOW, .set_value = "PAST_REF" },

  /* "fiscal 2024", "this fiscal year" */
  CLASS ("fiscal", TIMEX_LEX_YEAR_CUE),

  /* "5th", "21st" */
  CLASS ("st", TIMEX_LEX_ORDINAL_SUFFIX), CLASS ("nd", TIMEX_LEX_ORDINAL_SUFFIX),
  CLASS ("rd", TIMEX_LEX_ORDINAL_SUFFIX), CLASS ("th", TIMEX_LEX_ORDINAL_SUFFIX),

  /* A weekday after these is a holiday or an event name, not a date
   * ("Black Friday", "Super Tuesday", "Bloody Sunday"). */
  CLASS ("black", TIMEX_LEX_HOLIDAY_WORD), CLASS ("good", TIMEX_LEX_HOLIDAY_WORD),
  CLASS ("super", TIMEX_LEX_HOLIDAY_WORD), CLASS ("ash", TIMEX_LEX_HOLIDAY_WORD),
  CLASS ("cyber", TIMEX_LEX_HOLIDAY_WORD), CLASS ("holy", TIMEX_LEX_HOLIDAY_WORD),
  CLASS ("bloody", TIMEX_LEX_HOLIDAY_WORD), CLASS ("maundy", TIMEX_LEX_HOLIDAY_WORD),
  CLASS ("shrove", TIMEX_LEX_HOLIDAY_WORD), CLASS ("palm", TIMEX_LEX_HOLIDAY_WORD),
  CLASS ("easter", TIMEX_LEX_HOLIDAY_WORD), CLASS ("giving", TIMEX_LEX_HOLIDAY_WORD),

  /* Counted things that do not end in s: "1500 people" is no year. */
  CLASS ("people", TIMEX_LEX_PLURAL_NOUN), CLASS ("children", TIMEX_LEX_PLURAL_NOUN),
  CLASS ("men", TIMEX_LEX_PLURAL_NOUN), CLASS ("women", TIMEX_LEX_PLURAL_NOUN),
  CLASS ("police", TIMEX_LEX_PLURAL_NOUN), CLASS ("personnel", TIMEX_LEX_PLURAL_NOUN),
  CLASS ("staff", TIMEX_LEX_PLURAL_NOUN), CLASS ("cattle", TIMEX_LEX_PLURAL_NOUN),
  CLASS ("feet", TIMEX_LEX_PLURAL_NOUN), CLASS ("sheep", TIMEX_LEX_PLURAL_NOUN),
  CLASS ("percent", TIMEX_LEX_NOT_A_YEAR_AFTER), CLASS ("per", TIMEX_LEX_NOT_A_YEAR_AFTER),
  CLASS ("pct", TIMEX_LEX_NOT_A_YEAR_AFTER), CLASS ("km", TIMEX_LEX_NOT_A_YEAR_AFTER),
  CLASS ("kg", TIMEX_LEX_NOT_A_YEAR_AFTER), CLASS ("mph", TIMEX_LEX_NOT_A_YEAR_AFTER),
  CLASS ("bpd", TIMEX_LEX_NOT_A_YEAR_AFTER),

  /* Words ending in s that are no plural nouns. */
  NOT_PLURAL ("thus"), NOT_PLURAL ("plus"), NOT_PLURAL ("unless"), NOT_PLURAL ("across"),
  NOT_PLURAL ("always"), NOT_PLURAL ("perhaps"), NOT_PLURAL ("whereas"),
  NOT_PLURAL ("besides"), NOT_PLURAL ("towards"), NOT_PLURAL ("afterwards"),
  NOT_PLURAL ("nevertheless"), NOT_PLURAL ("news"), NOT_PLURAL ("series"),
  NOT_PLURAL ("species"), NOT_PLURAL ("does"), NOT_PLURAL ("goes"),

  /* Sets. */
  CLASS ("every", TIMEX_LEX_SET_CUE), CLASS ("each", TIMEX_LEX_SET_CUE),
  { .word = "daily", .classes = TIMEX_LEX_SET_WORD, .set_value = "P1D" },
  { .word = "nightly", .classes = TIMEX_LEX_SET_WORD, .set_value = "XXXX-XX-XXTNI" },
  { .word = "weekly", .classes = TIMEX_LEX_SET_WORD, .set_value = "P1W" },
  { .word = "monthly", .classes = TIMEX_LEX_SET_WORD, .set_value = "P1M" },
  { .word = "quarterly", .classes = TIMEX_LEX_SET_WORD, .set_value = "P3M" },
  { .word = "annually", .classes = TIMEX_LEX_SET_WORD, .set_value = "P1Y" },
  { .word = "yearly", .classes = TIMEX_LEX_SET_WORD, .set_value = "P1Y" },
  { .word = "hourly", .classes = TIMEX_LEX_SET_WORD, .set_value = "PT1H" },
};

static gpointer
build_lexicon_index (gpointer data)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (lexicon); i++)
    {
      g_assert (strlen (lexicon[i].word) <= LONGEST_WORD);
      /* One entry per word: a word with several roles lists all its
       * classes in that entry. */
      g_assert (!g_hash_table_contains (index, lexicon[i].word));
      g_hash_table_insert (index, (gpointer) lexicon[i].word, (gpointer) &lexicon[i]);
    }

  return index;
}

/**
 * dateline_timex_lexicon_lookup:
 * @word: a word, any case (not NUL-terminated)
 * @len: its length in bytes
 *
 * Returns: (transfer none) (nullable): the lexicon entry of @word
 */
const TimexLexeme *
dateline_timex_lexicon_lookup (const char *word,
                               gsize       len)
{
  static GOnce index_once = G_ONCE_INIT;
  GHashTable *index;
  char lower[LONGEST_WORD + 1];

  if (len == 0 || len > LONGEST_WORD)
    return NULL;

  for (gsize i = 0; i < len; i++)
    lower[i] = g_ascii_tolower (word[i]);
  lower[len] = '\0';

  index = g_once (&index_once, build_lexicon_index, NULL);
  return g_hash_table_lookup (index, lower);
}

/* dateline-timex-lexicon.c — the English words the temporal tagger knows
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include "dateline-timex-private.h"

/* Every word is looked up at most once per token, in an open-addressing
 * hash table built on first use (thread safe, never freed: it lives as
 * long as the process, like the table it indexes). The word is lowered
 * and hashed in one pass; words longer than the longest entry are
 * rejected before that. This lookup runs for every word of every article,
 * so it avoids GHashTable's indirect calls and string copies. */

#define LONGEST_WORD 15
#define LEXICON_SLOTS 2048   /* a power of two, well over twice the entries */

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
  UNIT ("min", TIMEX_UNIT_MINUTE, 0),
  UNIT ("sec", TIMEX_UNIT_SECOND, 0), UNIT ("secs", TIMEX_UNIT_SECOND, TIMEX_LEXEME_PLURAL),
  UNIT ("hour", TIMEX_UNIT_HOUR, 0), UNIT ("hours", TIMEX_UNIT_HOUR, TIMEX_LEXEME_PLURAL),
  UNIT ("hr", TIMEX_UNIT_HOUR, 0), UNIT ("hrs", TIMEX_UNIT_HOUR, TIMEX_LEXEME_PLURAL),
  UNIT ("day", TIMEX_UNIT_DAY, 0), UNIT ("days", TIMEX_UNIT_DAY, TIMEX_LEXEME_PLURAL),
  UNIT ("week", TIMEX_UNIT_WEEK, 0), UNIT ("weeks", TIMEX_UNIT_WEEK, TIMEX_LEXEME_PLURAL),
  UNIT ("weekend", TIMEX_UNIT_WEEKEND, 0),
  UNIT ("weekends", TIMEX_UNIT_WEEKEND, TIMEX_LEXEME_PLURAL),
  UNIT ("fortnight", TIMEX_UNIT_FORTNIGHT, 0),
  UNIT ("fortnights", TIMEX_UNIT_FORTNIGHT, TIMEX_LEXEME_PLURAL),
  UNIT ("month", TIMEX_UNIT_MONTH, 0), UNIT ("months", TIMEX_UNIT_MONTH, TIMEX_LEXEME_PLURAL),
  UNIT ("mo", TIMEX_UNIT_MONTH, 0), UNIT ("mos", TIMEX_UNIT_MONTH, TIMEX_LEXEME_PLURAL),
  UNIT ("quarter", TIMEX_UNIT_QUARTER, 0),
  UNIT ("quarters", TIMEX_UNIT_QUARTER, TIMEX_LEXEME_PLURAL),
  UNIT ("qtr", TIMEX_UNIT_QUARTER, 0), UNIT ("qtrs", TIMEX_UNIT_QUARTER, TIMEX_LEXEME_PLURAL),
  UNIT ("year", TIMEX_UNIT_YEAR, 0), UNIT ("years", TIMEX_UNIT_YEAR, TIMEX_LEXEME_PLURAL),
  UNIT ("yr", TIMEX_UNIT_YEAR, 0), UNIT ("yrs", TIMEX_UNIT_YEAR, TIMEX_LEXEME_PLURAL),
  /* One-letter units, as in "3m 49s ago", "+1d", "-3y": only attached to a
   * number in a relative expression ("5m" alone is five million). */
  UNIT ("s", TIMEX_UNIT_SECOND, TIMEX_LEXEME_SHORT_UNIT),
  UNIT ("m", TIMEX_UNIT_MINUTE, TIMEX_LEXEME_SHORT_UNIT),
  UNIT ("h", TIMEX_UNIT_HOUR, TIMEX_LEXEME_SHORT_UNIT),
  UNIT ("d", TIMEX_UNIT_DAY, TIMEX_LEXEME_SHORT_UNIT),
  UNIT ("w", TIMEX_UNIT_WEEK, TIMEX_LEXEME_SHORT_UNIT),
  UNIT ("y", TIMEX_UNIT_YEAR, TIMEX_LEXEME_SHORT_UNIT),
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
  NUMBER ("thousand", 1000),
  ORDINAL ("first", 1), ORDINAL ("third", 3), ORDINAL ("fourth", 4), ORDINAL ("fifth", 5),
  ORDINAL ("sixth", 6), ORDINAL ("seventh", 7), ORDINAL ("eighth", 8), ORDINAL ("ninth", 9),
  ORDINAL ("tenth", 10), ORDINAL ("eleventh", 11), ORDINAL ("twelfth", 12),
  ORDINAL ("thirteenth", 13), ORDINAL ("fourteenth", 14), ORDINAL ("fifteenth", 15),
  ORDINAL ("sixteenth", 16), ORDINAL ("seventeenth", 17), ORDINAL ("eighteenth", 18),
  ORDINAL ("nineteenth", 19), ORDINAL ("twentieth", 20), ORDINAL ("thirtieth", 30),
  CLASS ("several", TIMEX_LEX_VAGUE_NUMBER), CLASS ("few", TIMEX_LEX_VAGUE_NUMBER),
  CLASS ("couple", TIMEX_LEX_TRIGGER_WORD), CLASS ("half", TIMEX_LEX_TRIGGER_WORD),
  CLASS ("many", TIMEX_LEX_VAGUE_NUMBER), CLASS ("numerous", TIMEX_LEX_VAGUE_NUMBER),

  /* Shifts from the anchor. "this" ends in s but is no plural. */
  { .word = "last", .classes = TIMEX_LEX_SHIFT, .shift = -1 },
  { .word = "past", .classes = TIMEX_LEX_SHIFT, .shift = -1 },
  { .word = "previous", .classes = TIMEX_LEX_SHIFT | TIMEX_LEX_ANAPHOR, .shift = -1 },
  { .word = "preceding", .classes = TIMEX_LEX_ANAPHOR | TIMEX_LEX_SHIFT, .shift = -1 },
  { .word = "following", .classes = TIMEX_LEX_ANAPHOR | TIMEX_LEX_SHIFT, .shift = 1 },
  { .word = "that", .classes = TIMEX_LEX_ANAPHOR, .shift = 0 },
  { .word = "same", .classes = TIMEX_LEX_ANAPHOR, .shift = 0 },
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
  CLASS ("between", CUE), CLASS ("around", CUE | TIMEX_LEX_QUANTITY_MOD),
  CLASS ("circa", CUE | TIMEX_LEX_QUANTITY_MOD),
  CLASS ("about", TIMEX_LEX_QUANTITY_MOD), CLASS ("almost", TIMEX_LEX_QUANTITY_MOD),
  CLASS ("nearly", TIMEX_LEX_QUANTITY_MOD), CLASS ("approximately", TIMEX_LEX_QUANTITY_MOD),
  CLASS ("roughly", TIMEX_LEX_QUANTITY_MOD), CLASS ("some", TIMEX_LEX_QUANTITY_MOD),
  CLASS ("more", TIMEX_LEX_QUANTITY_MOD), CLASS ("less", TIMEX_LEX_QUANTITY_MOD),
  CLASS ("least", TIMEX_LEX_QUANTITY_MOD), CLASS ("most", TIMEX_LEX_QUANTITY_MOD),
  CLASS ("under", TIMEX_LEX_QUANTITY_MOD), CLASS ("mere", TIMEX_LEX_QUANTITY_MOD),
  CLASS ("over", TIMEX_LEX_QUANTITY_MOD), CLASS ("up", TIMEX_LEX_QUANTITY_MOD),
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
  /* moved to a later date: "postponed until Saturday" */
  CLASS ("postponed", TIMEX_LEX_FUTURE), CLASS ("delayed", TIMEX_LEX_FUTURE),
  CLASS ("deferred", TIMEX_LEX_FUTURE), CLASS ("adjourned", TIMEX_LEX_FUTURE),
  CLASS ("rescheduled", TIMEX_LEX_FUTURE),
  CLASS ("intends", TIMEX_LEX_FUTURE_IF_TO), CLASS ("aims", TIMEX_LEX_FUTURE_IF_TO),
  CLASS ("poised", TIMEX_LEX_FUTURE_IF_TO), CLASS ("hopes", TIMEX_LEX_FUTURE_IF_TO),
  /* The present tense of a schedule: "the summit begins Friday", "the
   * report is due Friday". Only verbs that are rarely nouns. */
  CLASS ("is", TIMEX_LEX_PRESENT), CLASS ("are", TIMEX_LEX_PRESENT),
  CLASS ("begins", TIMEX_LEX_PRESENT), CLASS ("begin", TIMEX_LEX_PRESENT),
  CLASS ("starts", TIMEX_LEX_PRESENT), CLASS ("resumes", TIMEX_LEX_PRESENT),
  CLASS ("resume", TIMEX_LEX_PRESENT), CLASS ("meets", TIMEX_LEX_PRESENT),
  CLASS ("meet", TIMEX_LEX_PRESENT), CLASS ("arrives", TIMEX_LEX_PRESENT),
  CLASS ("arrive", TIMEX_LEX_PRESENT), CLASS ("departs", TIMEX_LEX_PRESENT),
  CLASS ("opens", TIMEX_LEX_PRESENT), CLASS ("closes", TIMEX_LEX_PRESENT),
  CLASS ("expires", TIMEX_LEX_PRESENT), CLASS ("launches", TIMEX_LEX_PRESENT),
  CLASS ("hosts", TIMEX_LEX_PRESENT), CLASS ("visits", TIMEX_LEX_PRESENT),
  CLASS ("kicks", TIMEX_LEX_PRESENT), CLASS ("takes", TIMEX_LEX_PRESENT),
  CLASS ("comes", TIMEX_LEX_PRESENT), CLASS ("holds", TIMEX_LEX_PRESENT),
  CLASS ("returns", TIMEX_LEX_PRESENT), CLASS ("travels", TIMEX_LEX_PRESENT),
  CLASS ("heads", TIMEX_LEX_PRESENT), CLASS ("faces", TIMEX_LEX_PRESENT),
  CLASS ("runs", TIMEX_LEX_PRESENT), CLASS ("leaves", TIMEX_LEX_PRESENT),
  PAST ("said"), PAST ("says"), PAST ("told"), PAST ("was"), PAST ("were"), PAST ("had"),
  PAST ("did"), PAST ("met"), PAST ("held"), PAST ("took"), PAST ("came"), PAST ("went"),
  PAST ("began"), PAST ("left"), PAST ("made"), PAST ("gave"), PAST ("spoke"), PAST ("saw"),
  PAST ("fell"), PAST ("rose"), PAST ("lost"), PAST ("struck"), PAST ("sent"),
  PAST ("wrote"), PAST ("fought"), PAST ("brought"), PAST ("became"), PAST ("got"),
  PAST ("found"), PAST ("kept"), PAST ("paid"), PAST ("led"), PAST ("ran"), PAST ("won"),
  PAST ("shot"), PAST ("stood"), PAST ("broke"), PAST ("chose"), PAST ("drove"),
  PAST ("flew"), PAST ("grew"), PAST ("knew"), PAST ("sold"), PAST ("spent"),
  PAST ("thought"), PAST ("understood"), PAST ("withdrew"), PAST ("fled"), PAST ("froze"),
  PAST ("drew"), PAST ("threw"), PAST ("bought"), PAST ("caught"), PAST ("taught"),
  PAST ("sought"), PAST ("heard"), PAST ("felt"), PAST ("fed"), PAST ("dealt"), PAST ("meant"),
  PAST ("sank"), PAST ("sang"), PAST ("rang"), PAST ("rode"), PAST ("woke"), PAST ("wore"),
  PAST ("tore"), PAST ("swore"), PAST ("stole"), PAST ("shook"), PAST ("slept"), PAST ("swept"),
  PAST ("wept"), PAST ("crept"), PAST ("lent"), PAST ("bent"), PAST ("built"), PAST ("rebuilt"),
  PAST ("dug"), PAST ("hung"), PAST ("stuck"), PAST ("swung"), PAST ("clung"),
  PAST ("arose"), PAST ("awoke"), PAST ("overcame"), PAST ("overran"), PAST ("overtook"),
  PAST ("undertook"), PAST ("underwent"), PAST ("upheld"), PAST ("withheld"), PAST ("forgave"),
  PAST ("forbade"), PAST ("forgot"), PAST ("hid"), PAST ("bit"), PAST ("lit"), PAST ("slid"),
  PAST ("strode"), PAST ("strove"), PAST ("misled"),
  PAST ("laid"), PAST ("lay"), PAST ("bled"), PAST ("bred"), PAST ("ate"), PAST ("drank"),
  PAST ("shrank"), PAST ("sprang"), PAST ("stung"), PAST ("wound"), PAST ("knelt"),
  PAST ("leapt"), PAST ("shone"), PAST ("spat"),
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

  /* Parts of the day; TimeML has codes for four of them, dawn and dusk
   * fall in the morning and the evening. */
  { .word = "morning", .classes = TIMEX_LEX_PART_OF_DAY, .part = TIMEX_PART_MORNING },
  { .word = "mornings", .classes = TIMEX_LEX_PART_OF_DAY, .part = TIMEX_PART_MORNING,
    .flags = TIMEX_LEXEME_PLURAL },
  { .word = "afternoon", .classes = TIMEX_LEX_PART_OF_DAY, .part = TIMEX_PART_AFTERNOON },
  { .word = "afternoons", .classes = TIMEX_LEX_PART_OF_DAY, .part = TIMEX_PART_AFTERNOON,
    .flags = TIMEX_LEXEME_PLURAL },
  { .word = "evening", .classes = TIMEX_LEX_PART_OF_DAY, .part = TIMEX_PART_EVENING },
  { .word = "evenings", .classes = TIMEX_LEX_PART_OF_DAY, .part = TIMEX_PART_EVENING,
    .flags = TIMEX_LEXEME_PLURAL },
  { .word = "night", .classes = TIMEX_LEX_PART_OF_DAY, .part = TIMEX_PART_NIGHT },
  { .word = "nights", .classes = TIMEX_LEX_PART_OF_DAY, .part = TIMEX_PART_NIGHT,
    .flags = TIMEX_LEXEME_PLURAL },
  { .word = "dawn", .classes = TIMEX_LEX_PART_OF_DAY, .part = TIMEX_PART_MORNING },
  { .word = "daybreak", .classes = TIMEX_LEX_PART_OF_DAY, .part = TIMEX_PART_MORNING },
  { .word = "dusk", .classes = TIMEX_LEX_PART_OF_DAY, .part = TIMEX_PART_EVENING },
  { .word = "nightfall", .classes = TIMEX_LEX_PART_OF_DAY, .part = TIMEX_PART_EVENING },
  { .word = "overnight", .classes = TIMEX_LEX_TRIGGER_WORD, .part = TIMEX_PART_NIGHT },
  CLASS ("noon", TIMEX_LEX_CLOCK_WORD), CLASS ("midday", TIMEX_LEX_CLOCK_WORD),
  CLASS ("midnight", TIMEX_LEX_CLOCK_WORD),

  /* Holidays with a fixed or computable date; "New" only with "Year's". */
  CLASS ("christmas", TIMEX_LEX_HOLIDAY),
  CLASS ("easter", TIMEX_LEX_HOLIDAY_WORD | TIMEX_LEX_HOLIDAY),
  CLASS ("thanksgiving", TIMEX_LEX_HOLIDAY), CLASS ("halloween", TIMEX_LEX_HOLIDAY),
  CLASS ("valentine", TIMEX_LEX_HOLIDAY), CLASS ("boxing", TIMEX_LEX_HOLIDAY),
  CLASS ("new", TIMEX_LEX_HOLIDAY),

  /* Eras after a year: "190 BC", "AD 8", "2555 BE" (Buddhist). */
  { .word = "bc", .classes = TIMEX_LEX_ERA, .number = -1 },
  { .word = "bce", .classes = TIMEX_LEX_ERA, .number = -1 },
  { .word = "ad", .classes = TIMEX_LEX_ERA, .number = 1 },
  { .word = "ce", .classes = TIMEX_LEX_ERA, .number = 1 },
  { .word = "be", .classes = TIMEX_LEX_ERA, .number = -543 },

  /* "twice a month", "three times a week", "once a year" */
  CLASS ("once", TIMEX_LEX_FREQUENCY), CLASS ("twice", TIMEX_LEX_FREQUENCY),
  CLASS ("times", TIMEX_LEX_FREQUENCY),

  CLASS ("anniversary", TIMEX_LEX_TRIGGER_WORD),
  CLASS ("weekday", TIMEX_LEX_TRIGGER_WORD),

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
  CLASS ("black", TIMEX_LEX_HOLIDAY_WORD),
  CLASS ("good", TIMEX_LEX_HOLIDAY_WORD | TIMEX_LEX_HOLIDAY),
  CLASS ("super", TIMEX_LEX_HOLIDAY_WORD), CLASS ("ash", TIMEX_LEX_HOLIDAY_WORD),
  CLASS ("cyber", TIMEX_LEX_HOLIDAY_WORD), CLASS ("holy", TIMEX_LEX_HOLIDAY_WORD),
  CLASS ("bloody", TIMEX_LEX_HOLIDAY_WORD), CLASS ("maundy", TIMEX_LEX_HOLIDAY_WORD),
  CLASS ("shrove", TIMEX_LEX_HOLIDAY_WORD), CLASS ("palm", TIMEX_LEX_HOLIDAY_WORD),
  CLASS ("giving", TIMEX_LEX_HOLIDAY_WORD),

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
  NOT_PLURAL ("species"), NOT_PLURAL ("does"),
  CLASS ("goes", TIMEX_LEX_NOT_PLURAL | TIMEX_LEX_PRESENT),

  /* Sets. */
  CLASS ("every", TIMEX_LEX_SET_CUE), CLASS ("each", TIMEX_LEX_SET_CUE),
  { .word = "daily", .classes = TIMEX_LEX_SET_WORD, .set_value = "P1D" },
  { .word = "nightly", .classes = TIMEX_LEX_SET_WORD, .set_value = "XXXX-XX-XXTNI" },
  { .word = "weekly", .classes = TIMEX_LEX_SET_WORD, .set_value = "P1W" },
  { .word = "monthly", .classes = TIMEX_LEX_SET_WORD, .set_value = "P1M" },
  { .word = "quarterly", .classes = TIMEX_LEX_SET_WORD, .set_value = "P3M" },
  /* TimeML (and the TempEval-3 gold) write "every year" as XXXX. */
  { .word = "annually", .classes = TIMEX_LEX_SET_WORD, .set_value = "XXXX" },
  { .word = "yearly", .classes = TIMEX_LEX_SET_WORD, .set_value = "XXXX" },
  { .word = "hourly", .classes = TIMEX_LEX_SET_WORD, .set_value = "PT1H" },
};

typedef struct {
  guint16 entry[LEXICON_SLOTS];   /* index + 1 into lexicon[], 0: empty */
  guint8  length[G_N_ELEMENTS (lexicon)];
} LexiconIndex;

static inline guint32
hash_word (const char *word,
           gsize       len)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) word[i]) * 16777619u;
  return h;
}

static gpointer
build_lexicon_index (gpointer data)
{
  LexiconIndex *index = g_new0 (LexiconIndex, 1);

  G_STATIC_ASSERT (G_N_ELEMENTS (lexicon) < LEXICON_SLOTS / 2);

  for (guint i = 0; i < G_N_ELEMENTS (lexicon); i++)
    {
      gsize len = strlen (lexicon[i].word);
      guint32 slot = hash_word (lexicon[i].word, len) & (LEXICON_SLOTS - 1);

      g_assert (len <= LONGEST_WORD);
      index->length[i] = (guint8) len;
      while (index->entry[slot] != 0)
        {
          /* One entry per word: a word with several roles lists all its
           * classes in that entry. */
          g_assert (strcmp (lexicon[index->entry[slot] - 1].word, lexicon[i].word) != 0);
          slot = (slot + 1) & (LEXICON_SLOTS - 1);
        }
      index->entry[slot] = (guint16) (i + 1);
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
  const LexiconIndex *index;
  char lower[LONGEST_WORD];
  guint32 h = 2166136261u;
  guint32 slot;

  if (len == 0 || len > LONGEST_WORD)
    return NULL;

  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) word[i];

      if (c >= 'A' && c <= 'Z')
        c += 'a' - 'A';
      lower[i] = (char) c;
      h = (h ^ c) * 16777619u;
    }

  index = g_once (&index_once, build_lexicon_index, NULL);
  for (slot = h & (LEXICON_SLOTS - 1); index->entry[slot] != 0;
       slot = (slot + 1) & (LEXICON_SLOTS - 1))
    {
      guint e = index->entry[slot] - 1u;

      if (index->length[e] == len && memcmp (lexicon[e].word, lower, len) == 0)
        return &lexicon[e];
    }
  return NULL;
}

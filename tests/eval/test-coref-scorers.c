/* test-coref-scorers.c — MUC, B³, CEAF-e and CoNLL on hand-computed examples
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expected value below is worked out by hand in the comment beside
 * it, from the definitions in eval-coref.h. Also the lemmatiser of the
 * lemma baseline (eval-common.h). Needs no evaluation data.
 */

#include <glib.h>

#include "eval-common.h"
#include "eval-coref.h"

#define EPS 1e-9

/* Builds a partition from a spec like "abc|defg": one letter per mention
 * (a = 0, b = 1, …), clusters separated by '|'. */
static EvalPartition *
partition_from_spec (const char *spec)
{
  EvalPartition *partition = eval_partition_new ();
  guint cluster = 0;

  for (const char *p = spec; *p != '\0'; p++)
    {
      char key[16];

      if (*p == '|')
        {
          cluster++;
          continue;
        }
      g_assert (*p >= 'a' && *p <= 'z');
      g_snprintf (key, sizeof key, "c%u", cluster);
      g_assert_true (eval_partition_add (partition, (guint) (*p - 'a'), key));
    }

  return partition;
}

static void
assert_score (const EvalScore *score,
              double           recall,
              double           precision)
{
  g_assert_cmpfloat_with_epsilon (eval_score_recall (score), recall, EPS);
  g_assert_cmpfloat_with_epsilon (eval_score_precision (score), precision, EPS);
}

static double
f1 (double p,
    double r)
{
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static void
test_partition_basics (void)
{
  g_autoptr(EvalPartition) partition = eval_partition_new ();

  g_assert_true (eval_partition_add (partition, 0, "x"));
  g_assert_true (eval_partition_add (partition, 7, "x"));
  g_assert_true (eval_partition_add (partition, 3, "y"));
  /* A mention belongs to one cluster only. */
  g_assert_false (eval_partition_add (partition, 7, "y"));

  g_assert_cmpuint (eval_partition_get_n_clusters (partition), ==, 2);
  g_assert_cmpuint (eval_partition_get_n_mentions (partition), ==, 3);
  g_assert_cmpint (eval_partition_lookup (partition, 7), ==, 0);
  g_assert_cmpint (eval_partition_lookup (partition, 3), ==, 1);
  g_assert_cmpint (eval_partition_lookup (partition, 5), ==, -1);
  g_assert_cmpuint (eval_partition_get_cluster (partition, 0)->len, ==, 2);
}

/* Pradhan et al. (2014), the worked example of the reference scorer paper:
 * key {a b c} {d e f g}, response {a b} {c d} {f g h i}; e is missing from
 * the response, h and i are not in the key. */
static void
test_pradhan_example (void)
{
  g_autoptr(EvalPartition) key = partition_from_spec ("abc|defg");
  g_autoptr(EvalPartition) response = partition_from_spec ("ab|cd|fghi");
  EvalCorefScores scores;
  double muc, b3, ceaf;

  eval_coref_score_all (key, response, &scores);

  /* MUC recall: {abc} falls into {ab}{c}: 3 − 2 = 1; {defg} into {d}{e}{fg}:
   * 4 − 3 = 1; over (3−1) + (4−1) = 5 → 2/5.
   * MUC precision: {ab} is whole in the key: 1; {cd} splits in two: 0;
   * {fghi} into {fg}{h}{i}: 1; over 1 + 1 + 3 = 5 → 2/5. */
  assert_score (&scores.muc, 2.0 / 5, 2.0 / 5);

  /* B³ recall: {abc}: (2² + 1²)/3 = 5/3; {defg}: (1² + 2²)/4 = 5/4;
   * (5/3 + 5/4)/7 = 35/84.
   * B³ precision: {ab}: 2²/2 = 2; {cd}: (1 + 1)/2 = 1; {fghi}: 2²/4 = 1;
   * 4/8. */
  assert_score (&scores.b_cubed, 35.0 / 84, 4.0 / 8);

  /* CEAF-e: φ4({abc},{ab}) = 4/5, φ4({abc},{cd}) = 2/5,
   * φ4({defg},{cd}) = 2/6, φ4({defg},{fghi}) = 4/8. Best alignment:
   * {abc}–{ab} + {defg}–{fghi} = 0.8 + 0.5 = 1.3; recall 1.3/2,
   * precision 1.3/3. */
  assert_score (&scores.ceaf_e, 1.3 / 2, 1.3 / 3);

  muc = f1 (0.4, 0.4);
  b3 = f1 (4.0 / 8, 35.0 / 84);
  ceaf = f1 (1.3 / 3, 1.3 / 2);
  g_assert_cmpfloat_with_epsilon (eval_coref_conll_f1 (&scores), (muc + b3 + ceaf) / 3, EPS);
}

/* Vilain et al. (1995): key {A B C D}, response {A B} {C D}: one link
 * missing. Recall (4 − 2)/(4 − 1) = 2/3, precision 1. Swapped: recall 1,
 * precision 2/3. */
static void
test_vilain_muc (void)
{
  g_autoptr(EvalPartition) whole = partition_from_spec ("abcd");
  g_autoptr(EvalPartition) split = partition_from_spec ("ab|cd");
  EvalScore score = { 0 };

  eval_coref_muc (whole, split, &score);
  assert_score (&score, 2.0 / 3, 1.0);
  eval_coref_muc (split, whole, &score);
  assert_score (&score, 1.0, 2.0 / 3);
}

/* Bagga & Baldwin (1998): key {1–5} {6 7} {8–12}. Response A merges the
 * last two, response B the first and the last. MUC cannot tell them
 * apart (both 9/10 precision, recall 1); B³ can:
 *   A: {1–5}: 25/5 = 5; {6–12}: (2² + 5²)/7 = 29/7; (5 + 29/7)/12 = 64/84.
 *   B: {1–5, 8–12}: (5² + 5²)/10 = 5; {6 7}: 2²/2 = 2; 7/12. */
static void
test_bagga_baldwin (void)
{
  g_autoptr(EvalPartition) key = partition_from_spec ("abcde|fg|hijkl");
  g_autoptr(EvalPartition) response_a = partition_from_spec ("abcde|fghijkl");
  g_autoptr(EvalPartition) response_b = partition_from_spec ("abcdehijkl|fg");
  EvalScore score = { 0 };

  eval_coref_muc (key, response_a, &score);
  assert_score (&score, 1.0, 9.0 / 10);
  eval_coref_muc (key, response_b, &score);
  assert_score (&score, 1.0, 9.0 / 10);

  eval_coref_b_cubed (key, response_a, &score);
  assert_score (&score, 1.0, 64.0 / 84);
  eval_coref_b_cubed (key, response_b, &score);
  assert_score (&score, 1.0, 7.0 / 12);

  /* CEAF-e for A: {1–5}–{1–5} = 1, then {8–12}–{6–12} = 10/12 beats
   * {6 7}–{6–12} = 4/9; 1 + 5/6 over 3 key and 2 response clusters. */
  eval_coref_ceaf_e (key, response_a, &score);
  assert_score (&score, (1 + 10.0 / 12) / 3, (1 + 10.0 / 12) / 2);
}

static void
test_identical (void)
{
  g_autoptr(EvalPartition) key = partition_from_spec ("abc|de|f");
  g_autoptr(EvalPartition) response = partition_from_spec ("f|ed|cab");
  EvalCorefScores scores;

  eval_coref_score_all (key, response, &scores);
  assert_score (&scores.muc, 1, 1);
  assert_score (&scores.b_cubed, 1, 1);
  assert_score (&scores.ceaf_e, 1, 1);
  g_assert_cmpfloat_with_epsilon (eval_coref_conll_f1 (&scores), 1.0, EPS);
}

/* Only singletons on both sides, the same ones: MUC has no links to score
 * (0/0, printed as 0 like the reference scorer); B³ and CEAF-e are 1. */
static void
test_all_singletons (void)
{
  g_autoptr(EvalPartition) key = partition_from_spec ("a|b|c");
  g_autoptr(EvalPartition) response = partition_from_spec ("a|b|c");
  EvalCorefScores scores;

  eval_coref_score_all (key, response, &scores);
  g_assert_cmpfloat (scores.muc.recall_den, ==, 0);
  g_assert_cmpfloat (scores.muc.precision_den, ==, 0);
  assert_score (&scores.muc, 0, 0);
  assert_score (&scores.b_cubed, 1, 1);
  assert_score (&scores.ceaf_e, 1, 1);
  g_assert_cmpfloat_with_epsilon (eval_coref_conll_f1 (&scores), 2.0 / 3, EPS);
}

/* Key {a} {b}, response {a b}: MUC recall 0/0, precision (2 − 2)/1 = 0.
 * B³ recall 1; precision (1 + 1)/2 over 2 = 1/2. CEAF-e: φ4 = 2/3 with
 * either key singleton: recall (2/3)/2, precision (2/3)/1. */
static void
test_singletons_merged (void)
{
  g_autoptr(EvalPartition) key = partition_from_spec ("a|b");
  g_autoptr(EvalPartition) response = partition_from_spec ("ab");
  EvalCorefScores scores;

  eval_coref_score_all (key, response, &scores);
  assert_score (&scores.muc, 0, 0);
  assert_score (&scores.b_cubed, 1, 0.5);
  assert_score (&scores.ceaf_e, 1.0 / 3, 2.0 / 3);
}

static void
test_empty (void)
{
  g_autoptr(EvalPartition) empty_key = eval_partition_new ();
  g_autoptr(EvalPartition) empty_response = eval_partition_new ();
  g_autoptr(EvalPartition) key = partition_from_spec ("ab|c");
  EvalCorefScores scores;

  eval_coref_score_all (empty_key, empty_response, &scores);
  assert_score (&scores.muc, 0, 0);
  assert_score (&scores.b_cubed, 0, 0);
  assert_score (&scores.ceaf_e, 0, 0);
  g_assert_cmpfloat (eval_coref_conll_f1 (&scores), ==, 0);

  /* Nothing answered: recall 0, precision 0/0 = 0; the denominators still
   * count the key so that sums over topics stay right. */
  eval_coref_score_all (key, empty_response, &scores);
  assert_score (&scores.muc, 0, 0);
  assert_score (&scores.b_cubed, 0, 0);
  assert_score (&scores.ceaf_e, 0, 0);
  g_assert_cmpfloat (scores.muc.recall_den, ==, 1);
  g_assert_cmpfloat (scores.b_cubed.recall_den, ==, 3);
  g_assert_cmpfloat (scores.ceaf_e.recall_den, ==, 2);
}

/* Two topics scored apart and added give the score of the two scored as
 * one document, since no cluster spans both. */
static void
test_sums_over_topics (void)
{
  g_autoptr(EvalPartition) key_1 = partition_from_spec ("abc|defg");
  g_autoptr(EvalPartition) response_1 = partition_from_spec ("ab|cd|fghi");
  g_autoptr(EvalPartition) key_2 = partition_from_spec ("jk|l");
  g_autoptr(EvalPartition) response_2 = partition_from_spec ("jkl");
  g_autoptr(EvalPartition) key = partition_from_spec ("abc|defg|jk|l");
  g_autoptr(EvalPartition) response = partition_from_spec ("ab|cd|fghi|jkl");
  EvalCorefScores sum = { 0 }, part, whole;

  eval_coref_score_all (key_1, response_1, &part);
  eval_coref_scores_add (&sum, &part);
  eval_coref_score_all (key_2, response_2, &part);
  eval_coref_scores_add (&sum, &part);
  eval_coref_score_all (key, response, &whole);

  g_assert_cmpfloat_with_epsilon (eval_score_f1 (&sum.muc), eval_score_f1 (&whole.muc), EPS);
  g_assert_cmpfloat_with_epsilon (eval_score_f1 (&sum.b_cubed), eval_score_f1 (&whole.b_cubed),
                                  EPS);
  g_assert_cmpfloat_with_epsilon (eval_score_f1 (&sum.ceaf_e), eval_score_f1 (&whole.ceaf_e), EPS);
}

/* ------------------------------------------------------------------ */
/* Kuhn–Munkres                                                        */
/* ------------------------------------------------------------------ */

static void
test_assignment_small (void)
{
  /* The greedy choice (row 0 takes its 9) is wrong: 8 + 7 + 6 = 21, while
   * any assignment giving row 0 its 9 reaches at most 9 + 3 + 5 = 17. */
  const double weights[] = {
    9, 8, 1,
    2, 3, 7,
    6, 1, 5,
  };
  int row_to_col[3];

  g_assert_cmpfloat_with_epsilon (eval_assignment_maximize (weights, 3, 3, row_to_col), 21, EPS);
  g_assert_cmpint (row_to_col[0], ==, 1);
  g_assert_cmpint (row_to_col[1], ==, 2);
  g_assert_cmpint (row_to_col[2], ==, 0);
}

static void
test_assignment_rectangular (void)
{
  const double wide[] = {
    1, 5, 2,
    4, 6, 1,
  };
  const double tall[] = {
    1, 4,
    5, 6,
    2, 1,
  };
  int wide_rows[2];
  int tall_rows[3];

  /* 5 + 4 = 9 beats 1 + 6 and 2 + 6. */
  g_assert_cmpfloat_with_epsilon (eval_assignment_maximize (wide, 2, 3, wide_rows), 9, EPS);
  g_assert_cmpint (wide_rows[0], ==, 1);
  g_assert_cmpint (wide_rows[1], ==, 0);

  /* The transpose: one row stays unassigned. */
  g_assert_cmpfloat_with_epsilon (eval_assignment_maximize (tall, 3, 2, tall_rows), 9, EPS);
  g_assert_cmpint (tall_rows[0], ==, 1);
  g_assert_cmpint (tall_rows[1], ==, 0);
  g_assert_cmpint (tall_rows[2], ==, -1);

  g_assert_cmpfloat (eval_assignment_maximize (NULL, 0, 4, NULL), ==, 0);
  g_assert_cmpfloat (eval_assignment_maximize (wide, 2, 0, wide_rows), ==, 0);
  g_assert_cmpint (wide_rows[0], ==, -1);
}

static double
brute_force_best (const double *weights,
                  guint         n_rows,
                  guint         n_cols,
                  guint         row,
                  guint         used)
{
  double best;

  if (row == n_rows)
    return 0;

  /* Leaving a row unassigned is allowed when rows outnumber columns. */
  best = n_rows > n_cols ? brute_force_best (weights, n_rows, n_cols, row + 1, used) : -1e300;
  for (guint j = 0; j < n_cols; j++)
    {
      double total;

      if (used & (1u << j))
        continue;
      total = weights[row * n_cols + j] +
              brute_force_best (weights, n_rows, n_cols, row + 1, used | (1u << j));
      best = MAX (best, total);
    }
  return best;
}

/* Against exhaustive search on random small matrices of every shape. */
static void
test_assignment_brute_force (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);

  for (guint trial = 0; trial < 300; trial++)
    {
      guint n_rows = (guint) g_rand_int_range (rand, 1, 6);
      guint n_cols = (guint) g_rand_int_range (rand, 1, 6);
      g_autofree double *weights = g_new (double, n_rows * n_cols);
      g_autofree int *row_to_col = g_new (int, n_rows);
      double total, check = 0;
      guint seen = 0;

      for (guint k = 0; k < n_rows * n_cols; k++)
        weights[k] = g_rand_int_range (rand, 0, 4) == 0 ? 0 : g_rand_double (rand);

      total = eval_assignment_maximize (weights, n_rows, n_cols, row_to_col);
      g_assert_cmpfloat_with_epsilon (total, brute_force_best (weights, n_rows, n_cols, 0, 0),
                                      1e-9);

      /* The returned assignment is one-to-one and sums to the total. */
      for (guint i = 0; i < n_rows; i++)
        {
          if (row_to_col[i] < 0)
            continue;
          g_assert_cmpint (row_to_col[i], <, (int) n_cols);
          g_assert_false (seen & (1u << row_to_col[i]));
          seen |= 1u << row_to_col[i];
          check += weights[i * n_cols + (guint) row_to_col[i]];
        }
      g_assert_cmpfloat_with_epsilon (check, total, 1e-9);
    }
}

/* CEAF-e splits the alignment by connected components: it must give the
 * same sum as one assignment over all clusters. */
static void
test_ceaf_components_match_full_assignment (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint trial = 0; trial < 100; trial++)
    {
      g_autoptr(EvalPartition) key = eval_partition_new ();
      g_autoptr(EvalPartition) response = eval_partition_new ();
      guint n_mentions = (guint) g_rand_int_range (rand, 1, 14);
      guint n_key, n_response;
      g_autofree double *weights = NULL;
      g_autofree int *row_to_col = NULL;
      EvalScore score = { 0 };
      double full;

      for (guint m = 0; m < n_mentions; m++)
        {
          char name[16];

          /* Some mentions on one side only. */
          if (g_rand_int_range (rand, 0, 5) != 0)
            {
              g_snprintf (name, sizeof name, "k%d", g_rand_int_range (rand, 0, 4));
              eval_partition_add (key, m, name);
            }
          if (g_rand_int_range (rand, 0, 5) != 0)
            {
              g_snprintf (name, sizeof name, "r%d", g_rand_int_range (rand, 0, 5));
              eval_partition_add (response, m, name);
            }
        }

      n_key = eval_partition_get_n_clusters (key);
      n_response = eval_partition_get_n_clusters (response);
      weights = g_new0 (double, MAX (1, n_key * n_response));
      row_to_col = g_new (int, MAX (1, n_key));
      for (guint i = 0; i < n_key; i++)
        for (guint j = 0; j < n_response; j++)
          {
            const GArray *k = eval_partition_get_cluster (key, i);
            const GArray *r = eval_partition_get_cluster (response, j);
            guint common = 0;

            for (guint a = 0; a < k->len; a++)
              if (eval_partition_lookup (response, g_array_index (k, guint, a)) == (int) j)
                common++;
            weights[i * n_response + j] = 2.0 * common / (k->len + r->len);
          }
      full = eval_assignment_maximize (weights, n_key, n_response, row_to_col);

      eval_coref_ceaf_e (key, response, &score);
      g_assert_cmpfloat_with_epsilon (score.recall_num, full, 1e-9);
      g_assert_cmpfloat (score.recall_den, ==, n_key);
      g_assert_cmpfloat (score.precision_den, ==, n_response);
    }
}

/* ------------------------------------------------------------------ */
/* The lemma baseline's lemmatiser                                     */
/* ------------------------------------------------------------------ */

/* Words and stems from Porter (1980)'s examples, through all steps; one of
 * them ("ties" → "ti") is now in the table of irregular forms, which comes
 * first ("ties" → "tie", like "dies" → "die"), and gives its place to a
 * word of the same rule. */
static void
test_lemma_porter (void)
{
  static const char * const cases[][2] = {
    { "caresses", "caress" }, { "ponies", "poni" }, { "cries", "cri" }, { "cats", "cat" },
    { "feed", "feed" }, { "agreed", "agre" }, { "plastered", "plaster" }, { "motoring", "motor" },
    { "sing", "sing" }, { "conflated", "conflat" }, { "troubled", "troubl" }, { "sized", "size" },
    { "hopping", "hop" }, { "tanned", "tan" }, { "falling", "fall" }, { "hissing", "hiss" },
    { "fizzed", "fizz" }, { "failing", "fail" }, { "filing", "file" }, { "happy", "happi" },
    { "sky", "sky" }, { "relational", "relat" }, { "conditional", "condit" },
    { "rational", "ration" }, { "generalization", "gener" }, { "hopefulness", "hope" },
    { "decisiveness", "decis" }, { "a", "a" }, { "is", "be" }, { "ties", "tie" }, { "dies", "die" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *lemma = eval_lemma (cases[i][0]);

      g_assert_cmpstr (lemma, ==, cases[i][1]);
    }
}

static void
test_lemma_forms_agree (void)
{
  static const char * const groups[][4] = {
    { "arrested", "arrests", "arresting", "Arrest" },
    { "said", "says", "say", "SAID" },
    { "struck", "strikes", "striking", "strike" },
    { "killed", "kills", "killing", "kill" },
  };

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      g_autofree char *first = eval_lemma (groups[g][0]);

      for (guint i = 1; i < 4; i++)
        {
          g_autofree char *other = eval_lemma (groups[g][i]);

          g_assert_cmpstr (other, ==, first);
        }
    }

  /* Not an English word: left as it is, lower-cased. */
  {
    g_autofree char *number = eval_lemma ("6.1");
    g_autofree char *hyphen = eval_lemma ("Out-Sold");

    g_assert_cmpstr (number, ==, "6.1");
    g_assert_cmpstr (hyphen, ==, "out-sold");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/coref/partition", test_partition_basics);
  g_test_add_func ("/coref/pradhan-2014-example", test_pradhan_example);
  g_test_add_func ("/coref/muc/vilain-1995", test_vilain_muc);
  g_test_add_func ("/coref/b-cubed/bagga-baldwin-1998", test_bagga_baldwin);
  g_test_add_func ("/coref/identical", test_identical);
  g_test_add_func ("/coref/all-singletons", test_all_singletons);
  g_test_add_func ("/coref/singletons-merged", test_singletons_merged);
  g_test_add_func ("/coref/empty", test_empty);
  g_test_add_func ("/coref/sums-over-topics", test_sums_over_topics);
  g_test_add_func ("/coref/assignment/small", test_assignment_small);
  g_test_add_func ("/coref/assignment/rectangular", test_assignment_rectangular);
  g_test_add_func ("/coref/assignment/brute-force", test_assignment_brute_force);
  g_test_add_func ("/coref/ceaf-e/components", test_ceaf_components_match_full_assignment);
  g_test_add_func ("/lemma/porter", test_lemma_porter);
  g_test_add_func ("/lemma/forms-agree", test_lemma_forms_agree);

  return g_test_run ();
}

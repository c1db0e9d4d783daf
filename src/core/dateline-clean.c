/* dateline-clean.c — web boilerplate out of article text
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Dateline"

#include "config.h"

#include <string.h>

#include "dateline-clean.h"
#include "dateline-timex.h"

/* How the cleaner works. A copied web page is a column of lines. Each line
 * is first judged on its own (classify_line()): a small table of phrases
 * that only ever appear as page furniture ("Advertisement", "Download the
 * App", "No comments yet"), time-ago stamps ("Mint2 days ago"), credits
 * ("Reuters" alone, "By Jane Doe", "REUTERS/Jane Doe" at the end of a
 * caption), share rows and breadcrumbs. Then lines are judged in context:
 * a headline next to a time-ago stamp after the story has begun belongs to
 * a list of related headlines; what follows a "Related"/"More stories"
 * heading is a list until article text resumes, or a whole other story
 * when it looks like one (its own byline, stamp or dateline), which is
 * split off; a comment section runs to the next such heading or the end;
 * a paragraph seen before (the teaser repeated as the first paragraph) is
 * kept once. Nothing is written for one site: the features are length,
 * punctuation, capitalisation, stamps and the phrase tables below. */

/* Lines longer than this are article text whatever they contain: page
 * furniture is short, and no regex runs over a 10 MB line. */
#define MAX_CLASSIFIED_CHARS 600
/* A paragraph of article text has at least this many words, or ends like
 * a sentence. */
#define BODY_MIN_WORDS 8
/* A headline has at most this many words. */
#define TITLE_MAX_WORDS 25
/* Longest teaser under a related headline, in characters. */
#define TEASER_MAX_CHARS 250
/* A related story carried in full has at least this much text. */
#define MIN_STORY_CHARS 300
#define MIN_NEXT_STORY_CHARS 100
/* A repeated line shorter than this (in words) may legitimately repeat
 * ("No.", a one-word subheading): only longer ones are duplicates. */
#define DUPLICATE_MIN_WORDS 4

typedef enum {
  PHRASE_JUNK,
  PHRASE_CREDIT,
  PHRASE_RELATED,
  PHRASE_NEXT,
  PHRASE_COMMENTS,
} PhraseKind;

typedef enum {
  PREFIX_SHORT_LINE = 0,        /* only in a line of at most PREFIX_MAX_WORDS words */
  PREFIX_NEEDS_SEPARATOR = 1,   /* "Read more: …", "Photo | …": a separator follows the phrase */
  PREFIX_ANY_LENGTH = 2,        /* cookie notices run to full sentences */
} PrefixFlags;

#define PREFIX_MAX_WORDS 16
#define SEPARATED_MAX_WORDS 40

typedef struct {
  const char  *phrase;
  PhraseKind   kind;
} Phrase;

typedef struct {
  const char  *phrase;
  PhraseKind   kind;
  PrefixFlags  flags;
} PrefixPhrase;

/* Whole lines that are page furniture, in normalised form: case folded,
 * every run of characters other than letters and digits one space
 * ("Editor's picks" → "editor s picks"). */
static const Phrase whole_line_phrases[] = {
  /* advertising */
  { "advertisement", PHRASE_JUNK }, { "advertisements", PHRASE_JUNK }, { "advertising", PHRASE_JUNK },
  { "ad", PHRASE_JUNK }, { "ads", PHRASE_JUNK }, { "sponsored", PHRASE_JUNK },
  { "sponsored content", PHRASE_JUNK }, { "promoted", PHRASE_JUNK }, { "promoted content", PHRASE_JUNK },
  { "paid content", PHRASE_JUNK }, { "paid post", PHRASE_JUNK }, { "partner content", PHRASE_JUNK },
  { "story continues below this ad", PHRASE_JUNK }, { "story continues below advertisement", PHRASE_JUNK },
  { "story continues below", PHRASE_JUNK }, { "article continues below advertisement", PHRASE_JUNK },
  { "article continues below this ad", PHRASE_JUNK }, { "article continues below", PHRASE_JUNK },
  { "continue reading below", PHRASE_JUNK }, { "continue reading", PHRASE_JUNK },
  { "continue reading the main story", PHRASE_JUNK }, { "scroll to continue with content", PHRASE_JUNK },
  { "advertisement scroll to continue", PHRASE_JUNK }, { "advertisement scroll to continue with content", PHRASE_JUNK },
  { "skip advertisement", PHRASE_JUNK }, { "remove ads", PHRASE_JUNK },
  /* sharing, saving, listening */
  { "share", PHRASE_JUNK }, { "share this", PHRASE_JUNK }, { "share this article", PHRASE_JUNK },
  { "share this story", PHRASE_JUNK }, { "share article", PHRASE_JUNK }, { "share story", PHRASE_JUNK },
  { "share via", PHRASE_JUNK }, { "tweet", PHRASE_JUNK }, { "email", PHRASE_JUNK }, { "e mail", PHRASE_JUNK },
  { "print", PHRASE_JUNK }, { "copy link", PHRASE_JUNK }, { "link copied", PHRASE_JUNK },
  { "copied", PHRASE_JUNK }, { "save", PHRASE_JUNK }, { "save article", PHRASE_JUNK }, { "saved", PHRASE_JUNK },
  { "bookmark", PHRASE_JUNK }, { "gift article", PHRASE_JUNK }, { "gift this article", PHRASE_JUNK },
  { "listen", PHRASE_JUNK }, { "listen to this article", PHRASE_JUNK }, { "listen to article", PHRASE_JUNK },
  { "listen to this story", PHRASE_JUNK }, { "play", PHRASE_JUNK }, { "pause", PHRASE_JUNK },
  { "watch", PHRASE_JUNK }, { "watch now", PHRASE_JUNK }, { "watch video", PHRASE_JUNK },
  { "video", PHRASE_JUNK }, { "photo", PHRASE_JUNK }, { "photos", PHRASE_JUNK }, { "gallery", PHRASE_JUNK },
  { "image", PHRASE_JUNK }, { "font size", PHRASE_JUNK }, { "text size", PHRASE_JUNK }, { "x", PHRASE_JUNK },
  { "zoom", PHRASE_JUNK }, { "enlarge", PHRASE_JUNK }, { "view image", PHRASE_JUNK }, { "open image", PHRASE_JUNK },
  /* comments */
  { "no comments yet", PHRASE_JUNK }, { "no comments", PHRASE_JUNK }, { "be the first to comment", PHRASE_JUNK },
  { "leave a comment", PHRASE_JUNK }, { "add a comment", PHRASE_JUNK }, { "post a comment", PHRASE_JUNK },
  { "write a comment", PHRASE_JUNK }, { "show comments", PHRASE_JUNK }, { "view comments", PHRASE_JUNK },
  { "hide comments", PHRASE_JUNK }, { "load more comments", PHRASE_JUNK }, { "comments are closed", PHRASE_JUNK },
  { "reply", PHRASE_JUNK }, { "report", PHRASE_JUNK }, { "like", PHRASE_JUNK },
  { "comments", PHRASE_COMMENTS }, { "comment", PHRASE_COMMENTS }, { "reader comments", PHRASE_COMMENTS },
  { "user comments", PHRASE_COMMENTS }, { "readers comments", PHRASE_COMMENTS },
  { "join the conversation", PHRASE_COMMENTS }, { "join the discussion", PHRASE_COMMENTS },
  { "conversation", PHRASE_COMMENTS }, { "discussion", PHRASE_COMMENTS }, { "what readers are saying", PHRASE_COMMENTS },
  /* navigation and accounts */
  { "read more", PHRASE_JUNK }, { "read more news", PHRASE_JUNK }, { "read full story", PHRASE_JUNK },
  { "read the full story", PHRASE_JUNK }, { "read full article", PHRASE_JUNK }, { "more", PHRASE_JUNK },
  { "see more", PHRASE_JUNK }, { "show more", PHRASE_JUNK }, { "load more", PHRASE_JUNK },
  { "view more", PHRASE_JUNK }, { "view all", PHRASE_JUNK }, { "see all", PHRASE_JUNK }, { "click here", PHRASE_JUNK },
  { "click to expand", PHRASE_JUNK }, { "expand", PHRASE_JUNK }, { "collapse", PHRASE_JUNK }, { "close", PHRASE_JUNK },
  { "menu", PHRASE_JUNK }, { "main menu", PHRASE_JUNK }, { "search", PHRASE_JUNK }, { "home", PHRASE_JUNK },
  { "homepage", PHRASE_JUNK }, { "skip to content", PHRASE_JUNK }, { "skip to main content", PHRASE_JUNK },
  { "skip navigation", PHRASE_JUNK }, { "skip to navigation", PHRASE_JUNK }, { "jump to", PHRASE_JUNK },
  { "sign in", PHRASE_JUNK }, { "log in", PHRASE_JUNK }, { "login", PHRASE_JUNK }, { "log out", PHRASE_JUNK },
  { "sign out", PHRASE_JUNK }, { "sign up", PHRASE_JUNK }, { "register", PHRASE_JUNK }, { "my account", PHRASE_JUNK },
  { "account", PHRASE_JUNK }, { "profile", PHRASE_JUNK }, { "subscribe", PHRASE_JUNK }, { "subscribe now", PHRASE_JUNK },
  { "subscribers only", PHRASE_JUNK }, { "subscriber only", PHRASE_JUNK }, { "premium", PHRASE_JUNK },
  { "exclusive", PHRASE_JUNK }, { "newsletter", PHRASE_JUNK }, { "newsletters", PHRASE_JUNK },
  { "sign up for our newsletter", PHRASE_JUNK }, { "get the app", PHRASE_JUNK }, { "download the app", PHRASE_JUNK },
  { "download app", PHRASE_JUNK }, { "download our app", PHRASE_JUNK }, { "open in app", PHRASE_JUNK },
  { "open app", PHRASE_JUNK }, { "install app", PHRASE_JUNK }, { "use app", PHRASE_JUNK },
  { "follow", PHRASE_JUNK }, { "follow us", PHRASE_JUNK }, { "following", PHRASE_JUNK }, { "back to top", PHRASE_JUNK },
  { "top", PHRASE_JUNK }, { "next", PHRASE_JUNK }, { "previous", PHRASE_JUNK }, { "prev", PHRASE_JUNK },
  { "loading", PHRASE_JUNK }, { "please wait", PHRASE_JUNK }, { "breaking", PHRASE_JUNK },
  { "breaking news", PHRASE_JUNK }, { "live", PHRASE_JUNK }, { "live updates", PHRASE_JUNK }, { "live tv", PHRASE_JUNK },
  { "topics", PHRASE_JUNK }, { "tags", PHRASE_JUNK }, { "filed under", PHRASE_JUNK }, { "contents", PHRASE_JUNK },
  { "table of contents", PHRASE_JUNK }, { "in this article", PHRASE_JUNK }, { "key points", PHRASE_JUNK },
  { "highlights", PHRASE_JUNK }, { "story highlights", PHRASE_JUNK }, { "summary", PHRASE_JUNK },
  { "feedback", PHRASE_JUNK }, { "send feedback", PHRASE_JUNK }, { "corrections", PHRASE_JUNK },
  /* labels whose value (a date, a name) was taken out with its element */
  { "posted", PHRASE_JUNK }, { "posted on", PHRASE_JUNK }, { "posted by", PHRASE_JUNK },
  { "published", PHRASE_JUNK }, { "published on", PHRASE_JUNK }, { "updated", PHRASE_JUNK },
  { "updated on", PHRASE_JUNK }, { "last updated", PHRASE_JUNK }, { "by", PHRASE_JUNK },
  { "written by", PHRASE_JUNK }, { "filed", PHRASE_JUNK }, { "posted in", PHRASE_JUNK },
  { "about", PHRASE_JUNK }, { "about us", PHRASE_JUNK }, { "contact us", PHRASE_JUNK }, { "contact", PHRASE_JUNK }, { "careers", PHRASE_JUNK },
  { "privacy", PHRASE_JUNK }, { "privacy policy", PHRASE_JUNK }, { "terms of use", PHRASE_JUNK },
  { "terms of service", PHRASE_JUNK }, { "terms and conditions", PHRASE_JUNK }, { "accessibility", PHRASE_JUNK },
  { "sitemap", PHRASE_JUNK }, { "site map", PHRASE_JUNK }, { "rss", PHRASE_JUNK }, { "advertise with us", PHRASE_JUNK },
  /* cookies and consent */
  { "accept", PHRASE_JUNK }, { "accept all", PHRASE_JUNK }, { "accept cookies", PHRASE_JUNK },
  { "accept all cookies", PHRASE_JUNK }, { "reject all", PHRASE_JUNK }, { "reject", PHRASE_JUNK },
  { "decline", PHRASE_JUNK }, { "agree", PHRASE_JUNK }, { "i agree", PHRASE_JUNK }, { "i accept", PHRASE_JUNK },
  { "ok", PHRASE_JUNK }, { "got it", PHRASE_JUNK }, { "manage cookies", PHRASE_JUNK },
  { "manage preferences", PHRASE_JUNK }, { "cookie settings", PHRASE_JUNK }, { "cookie policy", PHRASE_JUNK },
  { "cookie preferences", PHRASE_JUNK }, { "privacy settings", PHRASE_JUNK }, { "your privacy", PHRASE_JUNK },
  { "we value your privacy", PHRASE_JUNK }, { "do not sell my personal information", PHRASE_JUNK },
  /* related material */
  { "related", PHRASE_RELATED }, { "related articles", PHRASE_RELATED }, { "related article", PHRASE_RELATED },
  { "related stories", PHRASE_RELATED }, { "related story", PHRASE_RELATED }, { "related news", PHRASE_RELATED },
  { "related content", PHRASE_RELATED }, { "related coverage", PHRASE_RELATED }, { "related posts", PHRASE_RELATED },
  { "related reading", PHRASE_RELATED }, { "related links", PHRASE_RELATED }, { "related topics", PHRASE_RELATED },
  { "more stories", PHRASE_RELATED }, { "more news", PHRASE_RELATED }, { "more like this", PHRASE_RELATED },
  { "more on this", PHRASE_RELATED }, { "more on this story", PHRASE_RELATED }, { "more on this topic", PHRASE_RELATED },
  { "more top stories", PHRASE_RELATED }, { "also read", PHRASE_RELATED }, { "read also", PHRASE_RELATED },
  { "also see", PHRASE_RELATED }, { "see also", PHRASE_RELATED }, { "you may also like", PHRASE_RELATED },
  { "you might also like", PHRASE_RELATED }, { "you may like", PHRASE_RELATED }, { "you might like", PHRASE_RELATED },
  { "you may be interested in", PHRASE_RELATED }, { "you might be interested in", PHRASE_RELATED },
  { "stories you may like", PHRASE_RELATED }, { "more for you", PHRASE_RELATED }, { "top picks", PHRASE_RELATED },
  { "recommended", PHRASE_RELATED },
  { "recommended for you", PHRASE_RELATED }, { "recommended stories", PHRASE_RELATED },
  { "recommended articles", PHRASE_RELATED }, { "recommended reading", PHRASE_RELATED },
  { "suggested", PHRASE_RELATED }, { "suggested reading", PHRASE_RELATED }, { "suggested articles", PHRASE_RELATED },
  { "trending", PHRASE_RELATED }, { "trending now", PHRASE_RELATED }, { "trending stories", PHRASE_RELATED },
  { "trending news", PHRASE_RELATED }, { "most read", PHRASE_RELATED }, { "most popular", PHRASE_RELATED },
  { "most viewed", PHRASE_RELATED }, { "most shared", PHRASE_RELATED }, { "popular", PHRASE_RELATED },
  { "popular now", PHRASE_RELATED }, { "popular stories", PHRASE_RELATED }, { "top stories", PHRASE_RELATED },
  { "top news", PHRASE_RELATED }, { "latest", PHRASE_RELATED }, { "latest news", PHRASE_RELATED },
  { "latest stories", PHRASE_RELATED }, { "latest headlines", PHRASE_RELATED }, { "headlines", PHRASE_RELATED },
  { "in other news", PHRASE_RELATED }, { "other stories", PHRASE_RELATED }, { "editor s picks", PHRASE_RELATED },
  { "editors picks", PHRASE_RELATED }, { "editor s choice", PHRASE_RELATED }, { "don t miss", PHRASE_RELATED },
  { "must read", PHRASE_RELATED }, { "must reads", PHRASE_RELATED }, { "further reading", PHRASE_RELATED },
  { "explore more", PHRASE_RELATED }, { "in case you missed it", PHRASE_RELATED }, { "catch up", PHRASE_RELATED },
  { "around the web", PHRASE_RELATED }, { "from around the web", PHRASE_RELATED }, { "from our partners", PHRASE_RELATED },
  { "promoted stories", PHRASE_RELATED }, { "sponsored stories", PHRASE_RELATED },
  { "read next", PHRASE_NEXT }, { "up next", PHRASE_NEXT }, { "next article", PHRASE_NEXT },
  { "next story", PHRASE_NEXT }, { "next up", PHRASE_NEXT }, { "continue to next story", PHRASE_NEXT },
  { "what to read next", PHRASE_NEXT },
  /* wire services and desks credited alone on a line */
  { "reuters", PHRASE_CREDIT }, { "ap", PHRASE_CREDIT }, { "afp", PHRASE_CREDIT },
  { "associated press", PHRASE_CREDIT }, { "the associated press", PHRASE_CREDIT },
  { "agence france presse", PHRASE_CREDIT }, { "bloomberg", PHRASE_CREDIT }, { "bloomberg news", PHRASE_CREDIT },
  { "dpa", PHRASE_CREDIT }, { "efe", PHRASE_CREDIT }, { "ansa", PHRASE_CREDIT }, { "ani", PHRASE_CREDIT },
  { "pti", PHRASE_CREDIT }, { "ians", PHRASE_CREDIT }, { "xinhua", PHRASE_CREDIT }, { "tass", PHRASE_CREDIT },
  { "ria novosti", PHRASE_CREDIT }, { "interfax", PHRASE_CREDIT }, { "kyodo", PHRASE_CREDIT },
  { "kyodo news", PHRASE_CREDIT }, { "yonhap", PHRASE_CREDIT }, { "anadolu", PHRASE_CREDIT },
  { "anadolu agency", PHRASE_CREDIT }, { "upi", PHRASE_CREDIT }, { "ukrinform", PHRASE_CREDIT },
  { "unian", PHRASE_CREDIT }, { "press trust of india", PHRASE_CREDIT }, { "agencies", PHRASE_CREDIT },
  { "agency", PHRASE_CREDIT }, { "news agencies", PHRASE_CREDIT }, { "wire services", PHRASE_CREDIT },
  { "staff", PHRASE_CREDIT }, { "staff reporter", PHRASE_CREDIT }, { "staff writer", PHRASE_CREDIT },
  { "our correspondent", PHRASE_CREDIT }, { "special correspondent", PHRASE_CREDIT },
  { "our bureau", PHRASE_CREDIT }, { "news desk", PHRASE_CREDIT }, { "web desk", PHRASE_CREDIT },
  { "online desk", PHRASE_CREDIT }, { "digital desk", PHRASE_CREDIT }, { "news service", PHRASE_CREDIT },
  { "newsroom", PHRASE_CREDIT }, { "reuters staff", PHRASE_CREDIT }, { "ap staff", PHRASE_CREDIT },
  { "afp staff", PHRASE_CREDIT }, { "getty images", PHRASE_CREDIT }, { "file photo", PHRASE_CREDIT },
  { "representative image", PHRASE_CREDIT }, { "representational image", PHRASE_CREDIT },
};

/* Phrases that open a furniture line. Matched word by word against the
 * normalised line; see PrefixFlags for how much may follow. */
static const PrefixPhrase prefix_phrases[] = {
  { "read more", PHRASE_JUNK, PREFIX_NEEDS_SEPARATOR }, { "also read", PHRASE_JUNK, PREFIX_NEEDS_SEPARATOR },
  { "read also", PHRASE_JUNK, PREFIX_NEEDS_SEPARATOR }, { "see also", PHRASE_JUNK, PREFIX_NEEDS_SEPARATOR },
  { "related", PHRASE_JUNK, PREFIX_NEEDS_SEPARATOR }, { "watch", PHRASE_JUNK, PREFIX_NEEDS_SEPARATOR },
  { "listen", PHRASE_JUNK, PREFIX_NEEDS_SEPARATOR }, { "video", PHRASE_JUNK, PREFIX_NEEDS_SEPARATOR },
  { "more", PHRASE_JUNK, PREFIX_NEEDS_SEPARATOR }, { "latest", PHRASE_JUNK, PREFIX_NEEDS_SEPARATOR },
  { "opinion", PHRASE_JUNK, PREFIX_NEEDS_SEPARATOR }, { "live", PHRASE_JUNK, PREFIX_NEEDS_SEPARATOR },
  { "tags", PHRASE_JUNK, PREFIX_NEEDS_SEPARATOR }, { "topics", PHRASE_JUNK, PREFIX_NEEDS_SEPARATOR },
  { "filed under", PHRASE_JUNK, PREFIX_NEEDS_SEPARATOR }, { "advertisement", PHRASE_JUNK, PREFIX_NEEDS_SEPARATOR },
  { "sponsored", PHRASE_JUNK, PREFIX_NEEDS_SEPARATOR },
  { "photo", PHRASE_CREDIT, PREFIX_NEEDS_SEPARATOR }, { "photos", PHRASE_CREDIT, PREFIX_NEEDS_SEPARATOR },
  { "photograph", PHRASE_CREDIT, PREFIX_NEEDS_SEPARATOR }, { "image", PHRASE_CREDIT, PREFIX_NEEDS_SEPARATOR },
  { "picture", PHRASE_CREDIT, PREFIX_NEEDS_SEPARATOR }, { "image credit", PHRASE_CREDIT, PREFIX_NEEDS_SEPARATOR },
  { "photo credit", PHRASE_CREDIT, PREFIX_NEEDS_SEPARATOR }, { "credit", PHRASE_CREDIT, PREFIX_NEEDS_SEPARATOR },
  { "source", PHRASE_CREDIT, PREFIX_NEEDS_SEPARATOR }, { "caption", PHRASE_CREDIT, PREFIX_NEEDS_SEPARATOR },
  { "photo by", PHRASE_CREDIT, PREFIX_SHORT_LINE }, { "photograph by", PHRASE_CREDIT, PREFIX_SHORT_LINE },
  { "image by", PHRASE_CREDIT, PREFIX_SHORT_LINE }, { "video by", PHRASE_CREDIT, PREFIX_SHORT_LINE },
  { "reporting by", PHRASE_CREDIT, PREFIX_SHORT_LINE }, { "additional reporting by", PHRASE_CREDIT, PREFIX_SHORT_LINE },
  { "editing by", PHRASE_CREDIT, PREFIX_SHORT_LINE }, { "writing by", PHRASE_CREDIT, PREFIX_SHORT_LINE },
  { "written by", PHRASE_CREDIT, PREFIX_SHORT_LINE }, { "edited by", PHRASE_CREDIT, PREFIX_SHORT_LINE },
  { "compiled by", PHRASE_CREDIT, PREFIX_SHORT_LINE }, { "with inputs from", PHRASE_CREDIT, PREFIX_SHORT_LINE },
  { "inputs from", PHRASE_CREDIT, PREFIX_SHORT_LINE }, { "with agency inputs", PHRASE_CREDIT, PREFIX_SHORT_LINE },
  { "download the", PHRASE_JUNK, PREFIX_SHORT_LINE }, { "download our", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "get the app", PHRASE_JUNK, PREFIX_SHORT_LINE }, { "get our app", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "subscribe to", PHRASE_JUNK, PREFIX_SHORT_LINE }, { "subscribe for", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "subscribe now", PHRASE_JUNK, PREFIX_SHORT_LINE }, { "sign up for", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "sign up to", PHRASE_JUNK, PREFIX_SHORT_LINE }, { "sign in to", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "log in to", PHRASE_JUNK, PREFIX_SHORT_LINE }, { "follow us", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "follow our", PHRASE_JUNK, PREFIX_SHORT_LINE }, { "join our", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "join us on", PHRASE_JUNK, PREFIX_SHORT_LINE }, { "like us on", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "click here", PHRASE_JUNK, PREFIX_SHORT_LINE }, { "tap here", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "for the latest", PHRASE_JUNK, PREFIX_SHORT_LINE }, { "get the latest", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "stay updated", PHRASE_JUNK, PREFIX_SHORT_LINE }, { "stay informed", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "stay up to date", PHRASE_JUNK, PREFIX_SHORT_LINE }, { "never miss", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "catch all the", PHRASE_JUNK, PREFIX_ANY_LENGTH }, { "support our journalism", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "sign up here", PHRASE_JUNK, PREFIX_SHORT_LINE }, { "subscribe here", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "register here", PHRASE_JUNK, PREFIX_SHORT_LINE }, { "follow the latest", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "follow live", PHRASE_JUNK, PREFIX_SHORT_LINE }, { "our standards", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "image source", PHRASE_CREDIT, PREFIX_SHORT_LINE }, { "image caption", PHRASE_CREDIT, PREFIX_SHORT_LINE },
  { "media caption", PHRASE_CREDIT, PREFIX_SHORT_LINE }, { "video caption", PHRASE_CREDIT, PREFIX_SHORT_LINE },
  { "support independent journalism", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "become a member", PHRASE_JUNK, PREFIX_SHORT_LINE }, { "already a subscriber", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "already have an account", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "create a free account", PHRASE_JUNK, PREFIX_SHORT_LINE }, { "create an account", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "this article was originally published", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "this story was originally published", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "this article first appeared", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "this story first appeared", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "this story has been published from", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "this article is part of", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "all rights reserved", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "share this", PHRASE_JUNK, PREFIX_SHORT_LINE }, { "share on", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "share via", PHRASE_JUNK, PREFIX_SHORT_LINE }, { "story continues", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "article continues", PHRASE_JUNK, PREFIX_SHORT_LINE }, { "continue reading", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "listen to", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "more from", PHRASE_RELATED, PREFIX_SHORT_LINE }, { "more in", PHRASE_RELATED, PREFIX_SHORT_LINE },
  { "more on", PHRASE_RELATED, PREFIX_SHORT_LINE }, { "latest from", PHRASE_RELATED, PREFIX_SHORT_LINE },
  { "latest in", PHRASE_RELATED, PREFIX_SHORT_LINE }, { "more stories from", PHRASE_RELATED, PREFIX_SHORT_LINE },
  { "other stories from", PHRASE_RELATED, PREFIX_SHORT_LINE },
  /* Consent notices are whole sentences, so these match at any length. */
  { "we use cookies", PHRASE_JUNK, PREFIX_ANY_LENGTH },
  { "we and our partners use cookies", PHRASE_JUNK, PREFIX_ANY_LENGTH },
  { "we and our partners", PHRASE_JUNK, PREFIX_SHORT_LINE },
  { "this site uses cookies", PHRASE_JUNK, PREFIX_ANY_LENGTH },
  { "this website uses cookies", PHRASE_JUNK, PREFIX_ANY_LENGTH },
  { "our website uses cookies", PHRASE_JUNK, PREFIX_ANY_LENGTH },
  { "our site uses cookies", PHRASE_JUNK, PREFIX_ANY_LENGTH },
  { "by continuing to browse", PHRASE_JUNK, PREFIX_ANY_LENGTH },
  { "by continuing to use", PHRASE_JUNK, PREFIX_ANY_LENGTH },
  { "by using this site", PHRASE_JUNK, PREFIX_ANY_LENGTH },
  { "by using our site", PHRASE_JUNK, PREFIX_ANY_LENGTH },
  { "by clicking accept", PHRASE_JUNK, PREFIX_ANY_LENGTH },
  { "by clicking i accept", PHRASE_JUNK, PREFIX_ANY_LENGTH },
  { "you have reached your limit", PHRASE_JUNK, PREFIX_ANY_LENGTH },
  { "you have read", PHRASE_JUNK, PREFIX_SHORT_LINE },
};

/* How a line crediting other reporters ends, normalised. */
static const char * const credit_endings[] = {
  "contributed to this report", "contributed to this story", "contributed reporting",
  "contributed to this article", "contributed additional reporting",
};

/* Words of a share bar ("Facebook Twitter WhatsApp Email"). */
static const char * const share_words[] = {
  "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "email", "e", "mail",
  "print", "copy", "link", "share", "pinterest", "messenger", "threads", "bluesky", "mastodon",
  "flipboard", "sms", "tumblr", "vk", "wechat", "weibo", "instagram", "youtube", "tiktok", "comments",
  "comment", "save", "gift", "url", "copied",
};

/* Words that may sit in a byline between capitalised names. */
static const char * const byline_connectors[] = {
  "and", "&", "de", "da", "di", "van", "von", "der", "den", "del", "della", "la", "le", "du", "bin", "al",
  "el", "ibn", "in", "y", "e", "of",
};

/* Words that may stand beside a time-ago stamp on a stamp-only line. */
static const char * const stamp_fillers[] = {
  "updated", "published", "posted", "last", "on", "at", "edited", "first", "modified",
};

typedef struct {
  char             *str;        /* the line, normalised, NUL-terminated */
  char             *key;        /* (nullable) normalize_key() of it, owned */
  DatelineLineKind  kind;
  guint             words;
  gboolean          ends_sentence;
  gboolean          title_like; /* could be a headline or subheading */
  gboolean          body_like;  /* a paragraph of article text */
  gboolean          has_digit;
  gboolean          drop;
} Line;

typedef struct {
  GHashTable *whole_lines;      /* normalised phrase → PhraseKind + 1 */
  GHashTable *prefixes_by_word; /* first word → GPtrArray of PrefixPhrase*, in table order */
  GHashTable *share_words;
  GRegex     *stamp;
  GRegex     *caption_credit;
} Tables;

static const Tables *
get_tables (void)
{
  static Tables tables;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      tables.whole_lines = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < G_N_ELEMENTS (whole_line_phrases); i++)
        g_hash_table_insert (tables.whole_lines, (gpointer) whole_line_phrases[i].phrase,
                             GINT_TO_POINTER (whole_line_phrases[i].kind + 1));

      tables.prefixes_by_word = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < G_N_ELEMENTS (prefix_phrases); i++)
        {
          char *first_word = g_strndup (prefix_phrases[i].phrase, strcspn (prefix_phrases[i].phrase, " "));
          GPtrArray *list = g_hash_table_lookup (tables.prefixes_by_word, first_word);

          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (tables.prefixes_by_word, first_word, list);
            }
          else
            g_free (first_word);
          g_ptr_array_add (list, (gpointer) &prefix_phrases[i]);
        }

      tables.share_words = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < G_N_ELEMENTS (share_words); i++)
        g_hash_table_add (tables.share_words, (gpointer) share_words[i]);

      /* "2 hours ago", "an hour ago", "5m ago", "Mint2 days ago" (a site
       * name glued to the count: no word boundary before the digits),
       * "just now", "5 min read". */
      tables.stamp = g_regex_new ("(?:\\d+|\\ban?|\\bone|\\bfew|\\bseveral)\\s*"
                                  "(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|"
                                  "w|wks?|weeks?|mos?|months?|y|yrs?|years?)\\s+ago\\b"
                                  "|\\bjust now\\b|\\bmoments? ago\\b"
                                  "|\\b\\d+\\s*(?:min|mins|minute|minutes)\\s+(?:read|watch|listen)\\b",
                                  G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      /* A caption ends with the photographer's credit: "… in Kyiv, July
       * 31, 2025. REUTERS/Jane Doe", "(AP Photo/John Roe)", "AFP via
       * Getty Images", "Photo: Jane Doe". Captions describe a picture, not
       * the story, and restate dates in ways that mislead the extractor. */
      tables.caption_credit = g_regex_new ("(?:\\b(?:REUTERS|Reuters|AFP|EPA(?:-EFE)?|AP|Getty Images|Bloomberg|"
                                           "ANADOLU|Anadolu|XINHUA|Xinhua|TASS|SPUTNIK|Sputnik)"
                                           "\\s*/\\s*[^/]{2,60}(?:/[^/]{2,40})?"
                                           "|\\((?:AP|AFP|Reuters|EPA|Getty|Photo|Image|Picture)\\b[^()]{0,60}\\)"
                                           "|\\b(?:via )?Getty Images"
                                           "|\\b(?:Photo|Photograph|Image|Picture|Credit)(?: credit)?\\s*:\\s*[^.]{2,60})"
                                           "\\s*$",
                                           G_REGEX_OPTIMIZE, 0, NULL);
      g_assert (tables.stamp != NULL);
      g_assert (tables.caption_credit != NULL);

      g_once_init_leave (&initialized, 1);
    }

  return &tables;
}

void
dateline_clean_story_free (DatelineCleanStory *story)
{
  if (story == NULL)
    return;

  g_free (story->title);
  g_free (story->text);
  g_free (story);
}

void
dateline_clean_dateline_clear (DatelineCleanDateline *dateline)
{
  g_clear_pointer (&dateline->place, g_free);
  g_clear_pointer (&dateline->agency, g_free);
  memset (dateline, 0, sizeof *dateline);
}

static gboolean
is_horizontal_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == 0x00A0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

static gboolean
is_invisible (gunichar c)
{
  return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

char *
dateline_clean_normalize_space (const char *text,
                                gssize      length)
{
  const char *end;
  GString *out;
  gboolean pending_space = FALSE;
  guint pending_newlines = 0;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (length < 0)
    length = strlen (text);
  end = text + length;
  out = g_string_sized_new (length + 1);

  for (const char *p = text; p < end;)
    {
      gunichar c;
      const char *next;

      if ((guchar) *p < 0x80)
        {
          c = (guchar) *p;
          next = p + 1;
        }
      else
        {
          c = g_utf8_get_char_validated (p, end - p);
          if (c == (gunichar) -1 || c == (gunichar) -2)
            {
              /* Callers pass valid UTF-8; a stray byte is skipped, not copied. */
              p++;
              continue;
            }
          next = g_utf8_next_char (p);
        }

      if (c == '\r' && next < end && *next == '\n')
        {
          p = next;
          continue;
        }

      if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85)
        {
          pending_space = FALSE;
          pending_newlines++;
        }
      else if (is_horizontal_space (c))
        pending_space = TRUE;
      else if (is_invisible (c))
        ;
      else
        {
          if (out->len > 0)
            {
              if (pending_newlines > 0)
                g_string_append (out, pending_newlines > 1 ? "\n\n" : "\n");
              else if (pending_space)
                g_string_append_c (out, ' ');
            }
          pending_space = FALSE;
          pending_newlines = 0;
          g_string_append_len (out, p, next - p);
        }

      p = next;
    }

  return g_string_free (out, FALSE);
}

/* The line case folded, with every run of characters other than letters
 * and digits made one space. With @mark_separators, a run holding a
 * separator (':', '|', '»', a spaced dash…) becomes " | " instead, so
 * "Read more: Kyiv…" can be told from "Read more about…". */
static char *
normalize_key (const char *line,
               gboolean    mark_separators)
{
  GString *key = g_string_sized_new (strlen (line));
  gboolean pending_space = FALSE;
  gboolean pending_separator = FALSE;

  for (const char *p = line; *p != '\0';)
    {
      gunichar c;
      gboolean alnum;

      /* ASCII, most of every line, without a table lookup per letter. */
      if ((guchar) *p < 0x80)
        {
          c = (guchar) *p;
          alnum = g_ascii_isalnum (*p);
          if (alnum)
            c = g_ascii_tolower (*p);
        }
      else
        {
          c = g_utf8_get_char (p);
          alnum = g_unichar_isalnum (c);
          if (alnum)
            c = g_unichar_tolower (c);
        }

      if (alnum)
        {
          if (key->len > 0 && pending_separator && mark_separators)
            g_string_append (key, " | ");
          else if (key->len > 0 && (pending_space || pending_separator))
            g_string_append_c (key, ' ');
          pending_space = pending_separator = FALSE;
          if (c < 0x80)
            g_string_append_c (key, (char) c);
          else
            g_string_append_unichar (key, c);
        }
      else if (c == ':' || c == '|' || c == 0x00BB || c == 0x203A || c == '>' ||
               c == 0x2013 || c == 0x2014 || c == 0x2022 || c == 0x00B7 ||
               (c == '-' && (p == line || p[-1] == ' ') && p[1] == ' '))
        pending_separator = TRUE;
      else
        pending_space = TRUE;

      p = (guchar) *p < 0x80 ? p + 1 : g_utf8_next_char (p);
    }

  if (mark_separators && pending_separator && key->len > 0)
    g_string_append (key, " |");

  return g_string_free (key, FALSE);
}

static guint
count_words (const char *key)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (const char *p = key; *p != '\0'; p++)
    {
      if (*p == ' ')
        in_word = FALSE;
      else if (!in_word && *p != '|')
        {
          in_word = TRUE;
          words++;
        }
    }

  return words;
}

/* TRUE when @key begins with the words of @phrase. */
static gboolean
key_has_word_prefix (const char *key,
                     const char *phrase)
{
  gsize n = strlen (phrase);

  return strncmp (key, phrase, n) == 0 && (key[n] == '\0' || key[n] == ' ');
}

/* The last character of @line that is not a closing quote or bracket. */
static gunichar
last_meaningful_char (const char *line)
{
  const char *p = line + strlen (line);

  while (p > line)
    {
      gunichar c;

      p = g_utf8_prev_char (p);
      c = g_utf8_get_char (p);
      if (c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
          c == 0x00BB || c == '*')
        continue;
      return c;
    }

  return 0;
}

static gboolean
ends_with_ellipsis (const char *line)
{
  return g_str_has_suffix (line, "...") || g_str_has_suffix (line, "…");
}

static gboolean
word_in (const char         *word,
         const char * const *table,
         gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp (word, table[i]) == 0)
      return TRUE;

  return FALSE;
}

/* "By Jane Doe", "BY JANE DOE AND JOHN ROE", "By Jane Doe in Kyiv": "By"
 * and then only capitalised names and connectors. "By the end of…" is
 * article text. */
static gboolean
is_byline (const char *line)
{
  g_auto(GStrv) words = NULL;
  guint names = 0;

  if (g_ascii_strncasecmp (line, "by ", 3) != 0)
    return FALSE;

  for (const char *p = line; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) || *p == '.' || *p == '!' || *p == '?')
      {
        /* "By J. Doe" has a full stop, but after a single initial only. */
        if (*p == '.' && p > line && g_ascii_isupper (p[-1]) && (p - 1 == line || p[-2] == ' '))
          continue;
        return FALSE;
      }

  words = g_strsplit_set (line + 3, " ,|", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gunichar first;

      if (words[i][0] == '\0')
        continue;
      first = g_utf8_get_char (words[i]);
      if (g_unichar_isupper (first))
        names++;
      else if (!word_in (words[i], byline_connectors, G_N_ELEMENTS (byline_connectors)))
        return FALSE;
      if (names > 10)
        return FALSE;
    }

  return names > 0;
}

/* "Jane Doe, Reuters", "Jane Doe | The Harbour Wire": names, then a
 * credit from the table or the site's own name. */
static gboolean
is_name_and_agency (const char *line,
                    const char *site_key)
{
  const Tables *tables = get_tables ();
  const char *cut = NULL;
  g_autofree char *left = NULL;
  g_autofree char *right_key = NULL;
  g_auto(GStrv) words = NULL;
  gpointer kind;

  for (const char *p = line; *p != '\0'; p++)
    if (*p == ',' || *p == '|' || (p[0] == '\xC2' && p[1] == '\xB7') ||
        (p[0] == '\xE2' && p[1] == '\x80' && p[2] == '\xA2'))
      cut = p;
  if (cut == NULL)
    return FALSE;

  right_key = normalize_key (g_utf8_next_char (cut), FALSE);
  kind = g_hash_table_lookup (tables->whole_lines, right_key);
  if (!(kind != NULL && GPOINTER_TO_INT (kind) - 1 == PHRASE_CREDIT) &&
      !(site_key != NULL && *site_key != '\0' && strcmp (right_key, site_key) == 0))
    return FALSE;

  left = g_strndup (line, cut - line);
  if (g_ascii_strncasecmp (left, "by ", 3) == 0)
    return is_byline (left);

  words = g_strsplit_set (left, " ,", -1);
  for (guint i = 0, names = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (g_unichar_isupper (g_utf8_get_char (words[i])))
        {
          if (++names > 6)
            return FALSE;
        }
      else if (!word_in (words[i], byline_connectors, G_N_ELEMENTS (byline_connectors)))
        return FALSE;
    }

  return TRUE;
}

/* "Facebook Twitter WhatsApp Email", "Share Copy link". */
static gboolean
is_share_row (const char *key)
{
  const Tables *tables = get_tables ();
  g_auto(GStrv) words = g_strsplit (key, " ", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (!g_hash_table_contains (tables->share_words, words[i]))
        return FALSE;
      n++;
    }

  return n >= 2;
}

/* "Home > World > Europe", "News / World / Ukraine". */
static gboolean
is_breadcrumb (const char *line)
{
  static const char * const separators[] = { " > ", " › ", " » ", " / ", " | ", " • " };

  for (guint s = 0; s < G_N_ELEMENTS (separators); s++)
    {
      g_auto(GStrv) parts = NULL;
      guint n;

      if (strstr (line, separators[s]) == NULL)
        continue;

      parts = g_strsplit (line, separators[s], -1);
      n = g_strv_length (parts);
      if (n < 3 || n > 12)
        continue;

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *key = normalize_key (parts[i], FALSE);
          guint words = count_words (key);

          if (words == 0 || words > 3 || strpbrk (parts[i], ".!?") != NULL)
            return FALSE;
        }
      return TRUE;
    }

  return FALSE;
}

/* Captions end with a credit: "REUTERS/Jane Doe", "(AP Photo/…)",
 * "Getty Images", "Photo: …". The regex runs only on lines that hold one
 * of the characters such a credit needs. */
static gboolean
line_has_caption_credit (const char *line)
{
  if (strpbrk (line, "/(:") == NULL && strstr (line, "Getty") == NULL)
    return FALSE;

  return g_regex_match (get_tables ()->caption_credit, line, 0, NULL);
}

/* A stamp line: a time-ago stamp with at most a site name, a byline or
 * "Updated" beside it, and no sentence around it. */
static gboolean
is_stamp_line (const char *line,
               const char *key_hint,
               gunichar    last)
{
  const Tables *tables = get_tables ();
  g_autofree char *rest = NULL;
  g_autofree char *key = NULL;
  g_auto(GStrv) words = NULL;
  guint n = 0;

  if (last == '.' || last == '!' || last == '?')
    return FALSE;
  /* Every stamp holds one of these; most lines hold none. */
  if (strstr (key_hint, "ago") == NULL && strstr (key_hint, "read") == NULL &&
      strstr (key_hint, "watch") == NULL && strstr (key_hint, "listen") == NULL &&
      strstr (key_hint, "just now") == NULL)
    return FALSE;
  if (!g_regex_match (tables->stamp, line, 0, NULL))
    return FALSE;

  rest = g_regex_replace_literal (tables->stamp, line, -1, 0, " ", 0, NULL);
  if (rest == NULL)
    return FALSE;
  key = normalize_key (rest, FALSE);
  words = g_strsplit (key, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0' && !word_in (words[i], stamp_fillers, G_N_ELEMENTS (stamp_fillers)))
      n++;

  return n <= 4;
}

static DatelineLineKind
kind_of_phrase (PhraseKind kind)
{
  switch (kind)
    {
    case PHRASE_JUNK:
      return DATELINE_LINE_JUNK;
    case PHRASE_CREDIT:
      return DATELINE_LINE_CREDIT;
    case PHRASE_RELATED:
      return DATELINE_LINE_RELATED_HEADING;
    case PHRASE_NEXT:
      return DATELINE_LINE_NEXT_HEADING;
    case PHRASE_COMMENTS:
      return DATELINE_LINE_COMMENTS_HEADING;
    default:
      g_assert_not_reached ();
    }
}

/* "12 comments", "Comments (12)", "Comments 12". */
static gboolean
is_comment_count (const char *key)
{
  const char *p = key;

  if (g_str_has_prefix (p, "comments ") || g_str_has_prefix (p, "comment "))
    {
      p = strchr (p, ' ') + 1;
      while (g_ascii_isdigit (*p))
        p++;
      return *p == '\0' && p[-1] != ' ';
    }

  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  return g_strcmp0 (p, " comments") == 0 || g_strcmp0 (p, " comment") == 0;
}

static DatelineLineKind
classify_with_key (const char *line,
                   const char *key,
                   guint       words,
                   gunichar    last,
                   const char *site_key)
{
  const Tables *tables = get_tables ();
  g_autofree char *separated = NULL;
  gpointer found;

  if (*line == '\0')
    return DATELINE_LINE_BLANK;
  if (strlen (line) > MAX_CLASSIFIED_CHARS && g_utf8_strlen (line, MAX_CLASSIFIED_CHARS * 4) > MAX_CLASSIFIED_CHARS)
    return DATELINE_LINE_TEXT;

  /* A line of symbols only ("***", "—", "•") carries nothing. */
  if (*key == '\0')
    return DATELINE_LINE_JUNK;

  found = g_hash_table_lookup (tables->whole_lines, key);
  if (found != NULL)
    return kind_of_phrase (GPOINTER_TO_INT (found) - 1);

  if (site_key != NULL && *site_key != '\0' && strcmp (key, site_key) == 0)
    return DATELINE_LINE_CREDIT;

  if (is_comment_count (key))
    return DATELINE_LINE_COMMENTS_HEADING;

  {
    g_autofree char *first_word = g_strndup (key, strcspn (key, " "));
    GPtrArray *candidates = g_hash_table_lookup (tables->prefixes_by_word, first_word);

    for (guint i = 0; candidates != NULL && i < candidates->len; i++)
      {
        const PrefixPhrase *prefix = g_ptr_array_index (candidates, i);
        gsize n = strlen (prefix->phrase);

        if (prefix->flags == PREFIX_NEEDS_SEPARATOR)
          {
            /* The separator must follow the phrase itself. */
            if (separated == NULL)
              separated = normalize_key (line, TRUE);
            if (strncmp (separated, prefix->phrase, n) == 0 &&
                g_str_has_prefix (separated + n, " |") && words <= SEPARATED_MAX_WORDS)
              return kind_of_phrase (prefix->kind);
          }
        else if (key_has_word_prefix (key, prefix->phrase))
          {
            if (prefix->flags == PREFIX_ANY_LENGTH)
              return kind_of_phrase (prefix->kind);
            /* A related-section heading is a short title, not a sentence. */
            if (prefix->kind == PHRASE_RELATED && (words > 6 || last == '.'))
              continue;
            if (words <= PREFIX_MAX_WORDS)
              return kind_of_phrase (prefix->kind);
          }
      }
  }

  /* Past here every kind of furniture is short, but for captions. */
  if (words > SEPARATED_MAX_WORDS)
    return line_has_caption_credit (line) ? DATELINE_LINE_CREDIT : DATELINE_LINE_TEXT;

  /* "© 2024 Harbour Wire", "Copyright 2024 …": not "Copyright lawyers
   * said…". */
  if ((strstr (line, "©") != NULL || strstr (key, "all rights reserved") != NULL ||
       (key_has_word_prefix (key, "copyright") && strpbrk (key, "0123456789") != NULL)) && words <= 25)
    return DATELINE_LINE_JUNK;

  if (is_stamp_line (line, key, last))
    return DATELINE_LINE_STAMP;

  if (words <= 12 && (is_byline (line) || is_name_and_agency (line, site_key)))
    return DATELINE_LINE_CREDIT;

  /* "Jane Doe in New York contributed to this report." */
  for (guint i = 0; i < G_N_ELEMENTS (credit_endings); i++)
    if (g_str_has_suffix (key, credit_endings[i]) && words <= 30)
      return DATELINE_LINE_CREDIT;

  if (line_has_caption_credit (line))
    return DATELINE_LINE_CREDIT;

  if (last != '.' && (is_share_row (key) || is_breadcrumb (line)))
    return DATELINE_LINE_JUNK;

  return DATELINE_LINE_TEXT;
}

DatelineLineKind
dateline_clean_classify_line (const char *line,
                              const char *site_name)
{
  g_autofree char *key = NULL;
  g_autofree char *site_key = NULL;

  g_return_val_if_fail (line != NULL, DATELINE_LINE_TEXT);

  key = normalize_key (line, FALSE);
  site_key = site_name != NULL ? normalize_key (site_name, FALSE) : NULL;

  return classify_with_key (line, key, count_words (key), last_meaningful_char (line), site_key);
}

static void
describe_line (Line       *line,
               const char *site_key)
{
  gunichar last;

  if (*line->str == '\0')
    {
      line->kind = DATELINE_LINE_BLANK;
      return;
    }

  /* Long lines skip the key: they are text whatever they hold. */
  if (strlen (line->str) > MAX_CLASSIFIED_CHARS * 4)
    {
      line->kind = DATELINE_LINE_TEXT;
      line->words = TITLE_MAX_WORDS + 1;
      line->ends_sentence = TRUE;
      line->body_like = TRUE;
      line->has_digit = TRUE;
      return;
    }

  line->key = normalize_key (line->str, FALSE);
  last = last_meaningful_char (line->str);
  line->words = count_words (line->key);
  line->kind = classify_with_key (line->str, line->key, line->words, last, site_key);
  line->ends_sentence = last == '.' || last == '!' || last == '?' || last == 0x2026;
  line->has_digit = strpbrk (line->str, "0123456789") != NULL;

  /* A headline does not end with a full stop; a truncated teaser ("…")
   * and a question may still be one. */
  line->title_like = line->words > 0 && line->words <= TITLE_MAX_WORDS &&
                     !((last == '.' && !ends_with_ellipsis (line->str)) || last == '!');
  line->body_like = !line->title_like &&
                    (line->words >= BODY_MIN_WORDS || line->ends_sentence || line->words > TITLE_MAX_WORDS);
}

static gboolean
is_text (const Line *line)
{
  return line->kind == DATELINE_LINE_TEXT && !line->drop;
}

static gboolean
is_heading_kind (DatelineLineKind kind)
{
  return kind == DATELINE_LINE_RELATED_HEADING || kind == DATELINE_LINE_NEXT_HEADING ||
         kind == DATELINE_LINE_COMMENTS_HEADING;
}

/* A menu or section kicker above the headline: a run of two or more lines
 * of at most three words ("World", "Europe", "Ukraine war"), or a single
 * one-word line, right before a longer headline. */
static void
drop_leading_menu (Line  *lines,
                   guint  n_lines)
{
  guint first = 0;
  guint run = 0;
  guint max_words;
  guint i;

  while (first < n_lines && !is_text (&lines[first]))
    first++;

  for (i = first; i < n_lines; i++)
    {
      if (lines[i].kind != DATELINE_LINE_TEXT)
        continue;
      if (lines[i].words > 3 || lines[i].has_digit || !lines[i].title_like || lines[i].ends_sentence)
        break;
      run++;
    }

  if (run == 0 || i >= n_lines)
    return;

  max_words = run >= 2 ? 3 : 1;
  /* What follows must be a headline: longer, and not yet the body. */
  if (!lines[i].title_like || lines[i].words < 4)
    return;

  for (guint j = first; j < i; j++)
    if (lines[j].kind == DATELINE_LINE_TEXT && lines[j].words <= max_words)
      lines[j].drop = TRUE;
}

static gint
previous_nonblank (Line *lines,
                   gint  i)
{
  for (i--; i >= 0; i--)
    if (lines[i].kind != DATELINE_LINE_BLANK && !(lines[i].kind == DATELINE_LINE_JUNK))
      return i;

  return -1;
}

static gint
next_nonblank (Line  *lines,
               guint  n_lines,
               gint   i)
{
  for (i++; i < (gint) n_lines; i++)
    if (lines[i].kind != DATELINE_LINE_BLANK && !(lines[i].kind == DATELINE_LINE_JUNK))
      return i;

  return -1;
}

/* Lists of related headlines without a heading: headlines, perhaps with
 * a teaser, each followed by a stamp ("Mint2 days ago"). A headline next
 * to a stamp after the story has begun is not the story's own: a story's
 * stamp sits under its headline, before the first paragraph. */
static void
drop_stamped_lists (Line  *lines,
                    guint  n_lines)
{
  gint body_start = -1;
  guint i = 0;

  for (guint j = 0; j < n_lines; j++)
    if (is_text (&lines[j]) && lines[j].body_like)
      {
        body_start = j;
        break;
      }

  while (i < n_lines)
    {
      g_autoptr(GArray) chain = g_array_new (FALSE, FALSE, sizeof (gint));
      gint stamp;
      gint before;

      if (lines[i].kind != DATELINE_LINE_STAMP)
        {
          i++;
          continue;
        }

      /* A chain: stamps at most four lines apart with short items between. */
      stamp = i;
      g_array_append_val (chain, stamp);
      for (guint j = i + 1, seen = 0; j < n_lines && seen <= 4; j++)
        {
          if (lines[j].kind == DATELINE_LINE_BLANK)
            continue;
          if (lines[j].kind == DATELINE_LINE_STAMP)
            {
              stamp = j;
              g_array_append_val (chain, stamp);
              seen = 0;
              continue;
            }
          if (lines[j].kind == DATELINE_LINE_TEXT && lines[j].body_like &&
              g_utf8_strlen (lines[j].str, -1) > TEASER_MAX_CHARS)
            break;
          seen++;
        }

      if (chain->len < 2 && (body_start < 0 || (gint) i < body_start))
        {
          i++;
          continue;
        }

      /* Everything between the stamps of a chain is list items. */
      for (guint c = 0; c + 1 < chain->len; c++)
        for (gint j = g_array_index (chain, gint, c) + 1; j < g_array_index (chain, gint, c + 1); j++)
          if (lines[j].kind == DATELINE_LINE_TEXT)
            lines[j].drop = TRUE;

      /* The first item's headline sits before the first stamp. */
      before = previous_nonblank (lines, g_array_index (chain, gint, 0));
      if (before >= 0 && is_text (&lines[before]) && lines[before].title_like)
        lines[before].drop = TRUE;
      else if (before >= 0 && chain->len >= 2 && is_text (&lines[before]) &&
               g_utf8_strlen (lines[before].str, -1) <= TEASER_MAX_CHARS)
        {
          gint headline = previous_nonblank (lines, before);

          if (headline >= 0 && is_text (&lines[headline]) && lines[headline].title_like)
            {
              lines[before].drop = TRUE;
              lines[headline].drop = TRUE;
            }
          else
            {
              /* Stamps lead their items: the last item's headline follows
               * the last stamp. */
              gint after = next_nonblank (lines, n_lines, g_array_index (chain, gint, chain->len - 1));

              if (after >= 0 && is_text (&lines[after]) && lines[after].title_like)
                lines[after].drop = TRUE;
            }
        }
      else if (before >= 0 && chain->len >= 2 && !(is_text (&lines[before]) && lines[before].title_like))
        {
          gint after = next_nonblank (lines, n_lines, g_array_index (chain, gint, chain->len - 1));

          if (after >= 0 && is_text (&lines[after]) && lines[after].title_like)
            lines[after].drop = TRUE;
        }

      i = g_array_index (chain, gint, chain->len - 1) + 1;
    }
}

/* The first story-opening paragraph after a related headline tells a
 * carried-in-full story from a list: its own byline, stamp or date line
 * between headline and text, or a dateline opening the text. */
static gboolean
paragraph_opens_story (const char *paragraph)
{
  g_auto(DatelineCleanDateline) dateline = { 0, };

  return dateline_clean_read_dateline (paragraph, &dateline);
}

/* Characters of article text from @start to the next headline or
 * heading: a teaser is a sentence or two, a story more. */
static gsize
story_body_length (Line  *lines,
                   guint  n_lines,
                   gint   start)
{
  gsize length = 0;

  for (guint i = start; i < n_lines && length < MIN_STORY_CHARS; i++)
    {
      if (is_heading_kind (lines[i].kind))
        break;
      if (!is_text (&lines[i]))
        continue;
      if (lines[i].title_like)
        break;
      length += strlen (lines[i].str);
    }

  return length;
}

/* After the story has begun, three or more lines in a row of one or two
 * words are a tag list or a footer menu ("Russia", "Ukraine", "Talks";
 * "About", "Contact", "Careers"): article text does not come in such
 * runs. A list with numbers ("Kyiv: 15") has digits and stays. */
static void
drop_short_runs (Line  *lines,
                 guint  n_lines)
{
  gboolean body_started = FALSE;
  guint run_start = 0;
  guint run = 0;

  for (guint i = 0; i <= n_lines; i++)
    {
      /* Furniture lines of the table ("Contact", "Privacy") count toward
       * a run too; only the text lines of a run need dropping. */
      gboolean short_line = i < n_lines && lines[i].words <= 2 &&
                            ((lines[i].kind == DATELINE_LINE_TEXT && lines[i].title_like &&
                              !lines[i].has_digit && !lines[i].ends_sentence) ||
                             lines[i].kind == DATELINE_LINE_JUNK || lines[i].kind == DATELINE_LINE_CREDIT);

      if (i < n_lines && lines[i].kind == DATELINE_LINE_BLANK)
        continue;

      if (short_line && body_started)
        {
          if (run++ == 0)
            run_start = i;
          continue;
        }

      if (run >= 3)
        for (guint j = run_start; j < i; j++)
          if (lines[j].kind == DATELINE_LINE_TEXT)
            lines[j].drop = TRUE;
      run = 0;

      if (i < n_lines && is_text (&lines[i]) && lines[i].body_like)
        body_started = TRUE;
    }
}

/* A name alone on a line next to a byline or a stamp, above the story:
 * the site or the author ("Harbour Wire" under "By Elena Marsh"). The
 * first line is the headline and stays. */
/* A byline, a stamp, or a date line under the headline ("2 min read ·
 * Updated: 01 Aug 2025, 07:12 AM IST"): short, with digits, no sentence.
 * @may_be_date_line is FALSE for the headline itself. */
static gboolean
is_header_furniture (const Line *line,
                     gboolean    may_be_date_line)
{
  if (line->kind == DATELINE_LINE_CREDIT || line->kind == DATELINE_LINE_STAMP)
    return TRUE;

  return may_be_date_line && line->kind == DATELINE_LINE_TEXT && line->has_digit && line->words <= 12 &&
         !line->ends_sentence;
}

static void
drop_header_credits (Line  *lines,
                     guint  n_lines)
{
  gint first = -1;

  for (guint i = 0; i < n_lines; i++)
    {
      gint before, after;

      if (!is_text (&lines[i]))
        continue;
      if (lines[i].body_like)
        break;
      if (first < 0)
        {
          first = i;
          continue;
        }
      if (lines[i].words > 4 || lines[i].has_digit || !lines[i].title_like ||
          !g_unichar_isupper (g_utf8_get_char (lines[i].str)))
        continue;

      before = previous_nonblank (lines, i);
      after = next_nonblank (lines, n_lines, i);
      if ((before >= 0 && is_header_furniture (&lines[before], before > first)) ||
          (after >= 0 && is_header_furniture (&lines[after], TRUE)))
        lines[i].drop = TRUE;
    }
}

typedef struct {
  DatelineCleanStory *story;
  GString            *text;
  gint                last_kept;      /* index of the last line kept */
  gboolean            blank_since;    /* a blank line since the last kept line */
  gboolean            dropped_since;  /* a dropped line since the last kept line */
  gboolean            has_body;
} StoryBuilder;

static void
builder_init (StoryBuilder *builder,
              const char   *title)
{
  builder->story = g_new0 (DatelineCleanStory, 1);
  builder->story->title = g_strdup (title);
  builder->text = g_string_new (NULL);
  builder->last_kept = -1;
  builder->blank_since = builder->dropped_since = builder->has_body = FALSE;
}

static void
builder_note_blank (StoryBuilder *builder)
{
  builder->blank_since = TRUE;
}

static void
builder_note_dropped (StoryBuilder *builder)
{
  builder->dropped_since = TRUE;
}

static void
builder_keep (StoryBuilder *builder,
              Line         *lines,
              gint          i)
{
  const Line *line = &lines[i];

  if (builder->last_kept >= 0)
    {
      const Line *previous = &lines[builder->last_kept];

      /* A paragraph an ad broke in two ("…ahead of / ADVERTISEMENT /
       * the deadline…") is joined again: the part before does not end a
       * sentence, the part after starts in lower case. */
      if (builder->dropped_since && previous->words >= BODY_MIN_WORDS && !previous->ends_sentence &&
          g_unichar_islower (g_utf8_get_char (line->str)))
        g_string_append_c (builder->text, ' ');
      else
        g_string_append (builder->text, builder->blank_since ? "\n\n" : "\n");
    }

  g_string_append (builder->text, line->str);
  builder->last_kept = i;
  builder->blank_since = builder->dropped_since = FALSE;
  if (line->body_like)
    builder->has_body = TRUE;
}

static DatelineCleanStory *
builder_finish (StoryBuilder *builder)
{
  DatelineCleanStory *story = builder->story;

  story->text = g_string_free (builder->text, FALSE);
  builder->story = NULL;
  builder->text = NULL;

  return story;
}

typedef struct {
  const char *key;
  guint       line;
} KeyedLine;

static int
compare_keyed_lines (gconstpointer a,
                     gconstpointer b)
{
  return strcmp (((const KeyedLine *) a)->key, ((const KeyedLine *) b)->key);
}

/* Lines that repeat another one: the headline printed twice, the teaser
 * printed again as the first paragraph, or a teaser that is the opening
 * of a longer paragraph (cut short with an ellipsis or not). The later
 * copy of a repeat goes; of a teaser and its paragraph, the teaser.
 *
 * The keys are sorted once: the lines that begin with a teaser's words
 * follow the teaser in sorted order, so each teaser costs one binary
 * search, whatever the number of lines that open alike. */
static void
drop_repeats (Line  *lines,
              guint  n_lines)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (KeyedLine));
  g_autofree const char **keys = g_new0 (const char *, n_lines + 1);

  for (guint i = 0; i < n_lines; i++)
    {
      KeyedLine keyed;

      if (!is_text (&lines[i]) || lines[i].words < DUPLICATE_MIN_WORDS)
        continue;

      if (lines[i].key == NULL)
        lines[i].key = normalize_key (lines[i].str, FALSE);
      keys[i] = lines[i].key;
      if (g_hash_table_contains (seen, keys[i]))
        {
          lines[i].drop = TRUE;
          continue;
        }
      g_hash_table_add (seen, (gpointer) keys[i]);

      keyed.key = keys[i];
      keyed.line = i;
      g_array_append_val (sorted, keyed);
    }

  g_array_sort (sorted, compare_keyed_lines);

  for (guint i = 0; i < n_lines; i++)
    {
      gboolean truncated;
      gsize stem_len;
      guint low, high;

      if (keys[i] == NULL || lines[i].drop)
        continue;

      /* A teaser is a paragraph's opening: eight words at least, unless
       * an ellipsis says it was cut. The key has no ellipsis in it. */
      truncated = ends_with_ellipsis (lines[i].str);
      if (!truncated && (lines[i].words < BODY_MIN_WORDS || lines[i].title_like))
        continue;
      stem_len = strlen (keys[i]);
      if (stem_len < 30)
        continue;

      /* The first key after this one in sorted order. */
      low = 0;
      high = sorted->len;
      while (low < high)
        {
          guint mid = low + (high - low) / 2;

          if (strcmp (g_array_index (sorted, KeyedLine, mid).key, keys[i]) <= 0)
            low = mid + 1;
          else
            high = mid;
        }

      /* Bounded, so that keys opening alike cannot make this quadratic. */
      for (guint looked = 0; low < sorted->len && looked < 64; low++, looked++)
        {
          const KeyedLine *other = &g_array_index (sorted, KeyedLine, low);

          if (strncmp (other->key, keys[i], stem_len) != 0)
            break;
          if (lines[other->line].drop)
            continue;
          /* A cut teaser may end inside a word; a whole one ends at one. */
          if (truncated || other->key[stem_len] == ' ')
            {
              lines[i].drop = TRUE;
              break;
            }
        }
    }

}

typedef enum {
  MODE_MAIN,
  MODE_BLOCK,      /* after a related heading: a list, until text resumes */
  MODE_STORY,      /* a related story carried in full */
  MODE_COMMENTS,   /* a comment section */
} Mode;

GPtrArray *
dateline_clean_text (const char *text,
                     const char *site_name)
{
  g_autofree char *normalized = NULL;
  g_autofree char *site_key = NULL;
  g_auto(GStrv) strs = NULL;
  g_autofree Line *lines = NULL;
  GPtrArray *stories;
  StoryBuilder main_builder;
  StoryBuilder story_builder = { NULL, };
  StoryBuilder *current;
  Mode mode = MODE_MAIN;
  gboolean next_kind = FALSE;
  guint n_lines;

  g_return_val_if_fail (text != NULL, NULL);

  normalized = dateline_clean_normalize_space (text, -1);
  site_key = site_name != NULL ? normalize_key (site_name, FALSE) : NULL;
  strs = g_strsplit (normalized, "\n", -1);
  g_clear_pointer (&normalized, g_free);
  n_lines = g_strv_length (strs);
  lines = g_new0 (Line, n_lines + 1);
  for (guint i = 0; i < n_lines; i++)
    {
      lines[i].str = strs[i];
      describe_line (&lines[i], site_key);
    }

  drop_leading_menu (lines, n_lines);
  drop_header_credits (lines, n_lines);
  drop_short_runs (lines, n_lines);
  drop_stamped_lists (lines, n_lines);
  drop_repeats (lines, n_lines);
  /* The keys served the comparisons above; the text is what remains. */
  for (guint i = 0; i < n_lines; i++)
    g_clear_pointer (&lines[i].key, g_free);

  stories = g_ptr_array_new_with_free_func ((GDestroyNotify) dateline_clean_story_free);
  builder_init (&main_builder, NULL);
  current = &main_builder;

  for (guint i = 0; i < n_lines; i++)
    {
      Line *line = &lines[i];

      if (line->kind == DATELINE_LINE_BLANK)
        {
          builder_note_blank (current);
          continue;
        }

      if (is_heading_kind (line->kind))
        {
          if (mode == MODE_STORY)
            {
              g_ptr_array_add (stories, builder_finish (&story_builder));
              current = &main_builder;
            }
          mode = line->kind == DATELINE_LINE_COMMENTS_HEADING ? MODE_COMMENTS : MODE_BLOCK;
          next_kind = line->kind == DATELINE_LINE_NEXT_HEADING;
          builder_note_dropped (current);
          continue;
        }

      if (!is_text (line) || mode == MODE_COMMENTS)
        {
          builder_note_dropped (current);
          continue;
        }

      if (mode == MODE_BLOCK)
        {
          gint next;
          gboolean evidence = FALSE;

          if (!line->title_like)
            {
              /* Text resumes right under the heading: it was a lone
               * heading line, not a list. */
              mode = MODE_MAIN;
              builder_keep (current, lines, i);
              continue;
            }

          /* A headline in the block: what comes after it decides. */
          for (next = i + 1; next < (gint) n_lines; next++)
            {
              if (lines[next].kind == DATELINE_LINE_CREDIT || lines[next].kind == DATELINE_LINE_STAMP)
                evidence = TRUE;
              else if (is_text (&lines[next]) || is_heading_kind (lines[next].kind))
                break;
            }

          if (next < (gint) n_lines && is_text (&lines[next]) && lines[next].body_like)
            {
              gboolean opens_story = evidence || paragraph_opens_story (lines[next].str);
              gint after;

              /* Before any article text, a headline with its byline, stamp
               * or dateline is the page's own story: what came before was
               * a list above it. */
              if (!main_builder.has_body && (opens_story || next_kind))
                {
                  mode = MODE_MAIN;
                  builder_keep (current, lines, i);
                  continue;
                }

              /* "Read next" announces a story; after "Related" it takes
               * a byline, a stamp or a dateline, and more than a teaser. */
              if ((next_kind && story_body_length (lines, n_lines, next) >= MIN_NEXT_STORY_CHARS) ||
                  (opens_story && story_body_length (lines, n_lines, next) >= MIN_STORY_CHARS))
                {
                  mode = MODE_STORY;
                  builder_init (&story_builder, line->str);
                  current = &story_builder;
                  builder_keep (current, lines, i);
                  continue;
                }

              /* A headline and its teaser, followed by another headline,
               * are one item of the list. */
              for (after = next + 1; after < (gint) n_lines; after++)
                if (is_text (&lines[after]) || is_heading_kind (lines[after].kind))
                  break;
              if (g_utf8_strlen (lines[next].str, -1) <= TEASER_MAX_CHARS &&
                  (after >= (gint) n_lines || is_heading_kind (lines[after].kind) ||
                   lines[after].title_like))
                {
                  lines[next].drop = TRUE;
                  builder_note_dropped (current);
                  continue;
                }

              /* Otherwise the article resumes after this headline. */
              mode = MODE_MAIN;
            }

          builder_note_dropped (current);
          continue;
        }

      builder_keep (current, lines, i);
    }

  if (mode == MODE_STORY)
    g_ptr_array_add (stories, builder_finish (&story_builder));
  g_ptr_array_insert (stories, 0, builder_finish (&main_builder));

  for (guint i = 0; i < n_lines; i++)
    lines[i].str = NULL;

  return stories;
}

/* The place of a dateline: "KYIV", "NEW YORK", "ST. PETERSBURG"; with an
 * agency in brackets also "Kyiv". */
/* Words that start a sentence, never a place name. */
static const char * const not_place_words[] = {
  "In", "On", "At", "The", "A", "An", "For", "From", "By", "With", "As", "But", "And", "After",
  "Before", "When", "While", "If", "It", "He", "She", "They", "We", "This", "That",
};

static gboolean
is_dateline_place (const char *place,
                   gboolean    allow_title_case)
{
  g_autofree char *first_word = g_strndup (place, strcspn (place, " "));

  /* "In Kyiv (Ukraine) - …" is a sentence. All capitals ("THE HAGUE")
   * are a dateline's own style and pass. */
  for (guint i = 0; i < G_N_ELEMENTS (not_place_words); i++)
    if (strcmp (first_word, not_place_words[i]) == 0)
      return FALSE;

  guint letters = 0;
  guint words = 0;
  gboolean has_lower = FALSE;
  gboolean word_start = TRUE;

  for (const char *p = place; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        {
          if (word_start)
            {
              if (!g_unichar_isupper (c))
                return FALSE;
              words++;
            }
          else if (g_unichar_islower (c))
            has_lower = TRUE;
          letters++;
          word_start = FALSE;
        }
      else if (c == ' ')
        word_start = TRUE;
      else if (c == '.' || c == '-' || c == '\'' || c == 0x2019)
        word_start = c == '-';
      else if (g_unichar_ismark (c))
        continue;
      else
        return FALSE;
    }

  if (letters < 2 || words == 0 || words > 4)
    return FALSE;

  return !has_lower || allow_title_case;
}

static gboolean
is_region (const char *region)
{
  g_auto(GStrv) words = g_strsplit (region, " ", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (!g_unichar_isupper (g_utf8_get_char (words[i])) && strcmp (words[i], "of") != 0)
        return FALSE;
      if (strpbrk (words[i], "0123456789") != NULL)
        return FALSE;
      n++;
    }

  return n > 0 && n <= 4;
}

static void
append_region (char       **place,
               const char  *region)
{
  char *joined = g_strconcat (*place, ", ", region, NULL);

  g_free (*place);
  *place = joined;
}

/* Reads "XXXX-07-31" or "2025-07-31" into its parts. */
static gboolean
parse_day_value (const char *value,
                 int        *year,
                 int        *month,
                 int        *day)
{
  if (value == NULL || strlen (value) != 10 || value[4] != '-' || value[7] != '-')
    return FALSE;
  if (!g_ascii_isdigit (value[5]) || !g_ascii_isdigit (value[6]) ||
      !g_ascii_isdigit (value[8]) || !g_ascii_isdigit (value[9]))
    return FALSE;

  *month = (value[5] - '0') * 10 + (value[6] - '0');
  *day = (value[8] - '0') * 10 + (value[9] - '0');
  *year = 0;
  if (g_ascii_isdigit (value[0]))
    *year = (int) g_ascii_strtoll (value, NULL, 10);

  return *month >= 1 && *month <= 12 && *day >= 1 && *day <= 31;
}

/* The dash that ends a dateline: " - ", " -- ", " — ", " – ", or an em
 * dash right after the agency's bracket. Returns its offset and sets
 * @after to the first byte of the text after it. */
static const char *
find_dateline_dash (const char  *paragraph,
                    const char **after)
{
  const char *limit = paragraph;

  for (guint i = 0; i < 160 && *limit != '\0'; i++)
    limit = g_utf8_next_char (limit);

  for (const char *p = paragraph; p < limit; p = g_utf8_next_char (p))
    {
      gboolean space_before = p > paragraph && (p[-1] == ' ' || p[-1] == ')' || p[-1] == '/');
      const char *q = NULL;

      if (g_str_has_prefix (p, "—") || g_str_has_prefix (p, "–"))
        q = p + strlen ("—");
      else if (g_str_has_prefix (p, "--"))
        q = p + 2;
      else if (*p == '-' && p[1] == ' ')
        q = p + 1;

      if (q == NULL || !space_before)
        continue;
      if (*q != ' ' && !(p[-1] == ')' && g_unichar_isupper (g_utf8_get_char (q))))
        continue;

      while (*q == ' ')
        q++;
      *after = q;
      return p;
    }

  return NULL;
}

gboolean
dateline_clean_read_dateline (const char            *paragraph,
                              DatelineCleanDateline *dateline)
{
  g_autofree char *head = NULL;
  g_autofree char *agency = NULL;
  g_autofree char *place = NULL;
  g_autofree char *rest = NULL;
  const char *dash;
  const char *after = NULL;
  char *open;
  char *comma;
  int year = 0, month = 0, day = 0;

  g_return_val_if_fail (paragraph != NULL, FALSE);
  g_return_val_if_fail (dateline != NULL, FALSE);

  memset (dateline, 0, sizeof *dateline);

  dash = find_dateline_dash (paragraph, &after);
  if (dash == NULL || *after == '\0')
    return FALSE;

  /* The story starts after the dash: a capital, a digit or a quote. */
  {
    gunichar first = g_utf8_get_char (after);

    if (!g_unichar_isupper (first) && !g_unichar_isdigit (first) && first != '"' && first != 0x201C &&
        first != '\'' && first != 0x2018)
      return FALSE;
  }

  head = g_strstrip (g_strndup (paragraph, dash - paragraph));
  if (*head == '\0' || strpbrk (head, "?!\"“”;") != NULL)
    return FALSE;

  /* The agency: "(Reuters)" or a wire's "/PRNewswire/" at the end. */
  if (g_str_has_suffix (head, ")") && (open = strrchr (head, '(')) != NULL)
    {
      agency = g_strstrip (g_strndup (open + 1, strlen (open + 1) - 1));
      *open = '\0';
    }
  else if (g_str_has_suffix (head, "/") && strlen (head) > 2)
    {
      head[strlen (head) - 1] = '\0';
      open = strrchr (head, '/');
      if (open == NULL)
        return FALSE;
      agency = g_strstrip (g_strdup (open + 1));
      *open = '\0';
    }
  if (agency != NULL && (*agency == '\0' || g_utf8_strlen (agency, -1) > 40 ||
                         !g_unichar_isalpha (g_utf8_get_char (agency))))
    return FALSE;
  g_strstrip (head);

  comma = strchr (head, ',');
  place = g_strstrip (comma != NULL ? g_strndup (head, comma - head) : g_strdup (head));
  rest = g_strstrip (g_strdup (comma != NULL ? comma + 1 : ""));

  if (!is_dateline_place (place, agency != NULL))
    return FALSE;

  if (*rest != '\0')
    {
      g_autoptr(GPtrArray) timexes = dateline_timex_tag (rest, -1, NULL);
      const DatelineTimex *date = NULL;

      for (guint i = 0; i < timexes->len; i++)
        {
          const DatelineTimex *timex = g_ptr_array_index (timexes, i);

          if (timex->type == DATELINE_TIMEX_DATE || timex->type == DATELINE_TIMEX_TIME)
            {
              date = timex;
              break;
            }
        }

      if (date != NULL)
        {
          g_autofree char *region = g_strndup (rest, date->start);
          const char *tail = rest + date->end;

          /* After the date only a time may follow ("July 31, 2025, 14:00"). */
          while (*tail != '\0' && (*tail == ',' || *tail == ' ' || g_ascii_isdigit (*tail) || *tail == ':'))
            tail++;
          if (*tail != '\0' && !(g_ascii_strncasecmp (tail, "am", 2) == 0 || g_ascii_strncasecmp (tail, "pm", 2) == 0 ||
                                 g_ascii_strncasecmp (tail, "a.m.", 4) == 0 || g_ascii_strncasecmp (tail, "p.m.", 4) == 0))
            return FALSE;

          g_strstrip (region);
          while (g_str_has_suffix (region, ","))
            {
              region[strlen (region) - 1] = '\0';
              g_strstrip (region);
            }
          if (*region != '\0')
            {
              if (!is_region (region))
                return FALSE;
              append_region (&place, region);
            }

          /* Only a day is a dateline date: a weekday alone stays unread. */
          if (!parse_day_value (date->value, &year, &month, &day))
            year = month = day = 0;
        }
      else
        {
          if (!is_region (rest))
            return FALSE;
          append_region (&place, rest);
        }
    }

  /* Without an agency, only an all-capitals place with a real dash is a
   * dateline ("WASHINGTON —"); anything else may be a headline. */
  if (agency == NULL && month == 0 && g_utf8_strlen (place, -1) < 3)
    return FALSE;

  dateline->length = after - paragraph;
  dateline->place = g_steal_pointer (&place);
  dateline->agency = g_steal_pointer (&agency);
  dateline->year = year;
  dateline->month = month;
  dateline->day = day;

  return TRUE;
}

#ifndef CASUSSPEL_CNCURSESW_SHIM_H
#define CASUSSPEL_CNCURSESW_SHIM_H

/* Swift's importer defines neither _XOPEN_SOURCE_EXTENDED nor _XOPEN_SOURCE,
   so without this curses.h hides the whole wide-character API. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1

#include <locale.h>
#include <wchar.h>
#include <ncurses.h>
#include <term.h>

/* Macros do not import into Swift: expose them as inline functions. */
static inline attr_t casus_a_bold(void) { return A_BOLD; }
static inline attr_t casus_a_reverse(void) { return A_REVERSE; }
static inline attr_t casus_a_underline(void) { return A_UNDERLINE; }
static inline attr_t casus_a_dim(void) { return A_DIM; }
static inline attr_t casus_a_normal(void) { return A_NORMAL; }

/* TERMINAL* from setupterm is released here so Swift need not touch cur_term. */
static inline void casus_release_setupterm(void) { if (cur_term) del_curterm(cur_term); }

/* tigetstr reports "absent" as (char *)-1, which Swift cannot compare against. */
static inline int casus_has_capability(const char *name) {
    char *value = tigetstr(name);
    return value != NULL && value != (char *)-1;
}

static inline int casus_key_resize(void) { return KEY_RESIZE; }

/* The width ncurses gives a character (it measures cells with wcwidth); glibc declares
   wcwidth only under _XOPEN_SOURCE, which Swift's importer does not define. */
int wcwidth(wchar_t c);
static inline int casus_wcwidth(wchar_t c) { return wcwidth(c); }

/* Globals that Swift 6 refuses to read directly (not concurrency-safe). */
static inline WINDOW *casus_stdscr(void) { return stdscr; }

/* ncurses' own restore, callable from a signal handler without touching Swift state. */
static inline void casus_endwin(void) { endwin(); }
#endif

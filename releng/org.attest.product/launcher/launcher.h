/*
 * The helpers of Attest's native workbench launcher (attest.c): argument lists, files, the launcher ini and the
 * search for the Eclipse launcher library. Implemented in support.c.
 */
#ifndef ATTEST_LAUNCHER_H
#define ATTEST_LAUNCHER_H

/* A growing, NULL-terminated list of strings (argument vectors for the launcher library). */
typedef struct {
    char **items;
    int count;
    int capacity;
} List;

/* Appends a copy of item to list. */
void add(List *list, const char *item);

/* Returns a new string: first followed by second. */
char *join(const char *first, const char *second);

/* Returns whether path is a regular file (after symbolic links). */
int is_file(const char *path);

/* Returns the index of option in args[from..to), compared ignoring case as Eclipse's launcher does, or -1. */
int find(char **args, int from, int to, const char *option);

/* Returns the value after option among the program arguments of list (those before -vmargs), or NULL. */
const char *value_of(const List *list, const char *option);

/* Appends the arguments of a launcher ini to args: one a line, blank lines and lines starting with # left out. */
void read_ini(const char *path, List *args);

/* Returns the launcher library: configured (a file, or a folder holding eclipse_*.so; relative to home), else the
   newest eclipse_*.so of the newest fragment in home/plugins whose name starts with fragment; NULL when none. */
char *find_library(const char *home, const char *configured, const char *fragment);

/* Returns the absolute path of this executable with symbolic links resolved, or NULL. */
char *find_self(const char *argv0);

/* Returns the first executable file named name in the folders of PATH, or NULL. */
char *on_path(const char *name);

#endif

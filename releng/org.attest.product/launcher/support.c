/*
 * The helpers of Attest's native workbench launcher: argument lists, files, the launcher ini and the search for the
 * Eclipse launcher library (see launcher.h).
 */
#define _GNU_SOURCE
#include "launcher.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

static void *checked(void *memory) {
    if (memory == NULL) {
        fputs("attest: out of memory\n", stderr);
        exit(1);
    }
    return memory;
}

void add(List *list, const char *item) {
    if (list->count + 2 > list->capacity) {
        list->capacity = list->capacity == 0 ? 32 : list->capacity * 2;
        list->items = checked(realloc(list->items, (size_t) list->capacity * sizeof(char *)));
    }
    list->items[list->count++] = checked(strdup(item));
    list->items[list->count] = NULL;
}

char *join(const char *first, const char *second) {
    char *result = checked(malloc(strlen(first) + strlen(second) + 1));
    return strcat(strcpy(result, first), second);
}

int is_file(const char *path) {
    struct stat info;
    return stat(path, &info) == 0 && S_ISREG(info.st_mode);
}

static int is_dir(const char *path) {
    struct stat info;
    return stat(path, &info) == 0 && S_ISDIR(info.st_mode);
}

int find(char **args, int from, int to, const char *option) {
    for (int i = from; i < to; i++) {
        if (strcasecmp(args[i], option) == 0) {
            return i;
        }
    }
    return -1;
}

const char *value_of(const List *list, const char *option) {
    int end = find(list->items, 0, list->count, "-vmargs");
    end = end < 0 ? list->count : end;
    int at = find(list->items, 0, end, option);
    return at >= 0 && at + 1 < end ? list->items[at + 1] : NULL;
}

void read_ini(const char *path, List *args) {
    FILE *file = fopen(path, "r");
    if (file == NULL) {
        fprintf(stderr, "attest: cannot read %s\n  Unpack the archive again into an empty folder.\n", path);
        exit(1);
    }
    char line[8192];
    while (fgets(line, sizeof line, file) != NULL) {
        size_t length = strlen(line);
        while (length > 0 && strchr("\r\n \t", line[length - 1]) != NULL) {
            line[--length] = '\0';
        }
        if (length > 0 && line[0] != '#') {
            add(args, line);
        }
    }
    fclose(file);
}

/* The entry of dir whose name starts with prefix and ends with suffix with the highest version, or NULL. */
static char *newest(const char *dir, const char *prefix, const char *suffix, int want_dir) {
    DIR *folder = opendir(dir);
    if (folder == NULL) {
        return NULL;
    }
    char *best = NULL;
    struct dirent *entry;
    while ((entry = readdir(folder)) != NULL) {
        size_t length = strlen(entry->d_name);
        if (strncmp(entry->d_name, prefix, strlen(prefix)) != 0 || length < strlen(prefix) + strlen(suffix)
                || strcmp(entry->d_name + length - strlen(suffix), suffix) != 0) {
            continue;
        }
        char *path = join(join(dir, "/"), entry->d_name);
        if ((want_dir ? is_dir(path) : is_file(path)) && (best == NULL || strverscmp(path, best) > 0)) {
            best = path;
        }
    }
    closedir(folder);
    return best;
}

char *find_library(const char *home, const char *configured, const char *fragment) {
    if (configured != NULL) {
        char *path = configured[0] == '/' ? join(configured, "") : join(join(home, "/"), configured);
        return is_dir(path) ? newest(path, "eclipse_", ".so", 0) : path;
    }
    char *folder = newest(join(home, "/plugins"), fragment, "", 1);
    return folder == NULL ? NULL : newest(folder, "eclipse_", ".so", 0);
}

char *find_self(const char *argv0) {
    char *self = realpath("/proc/self/exe", NULL);
    return self != NULL ? self : realpath(argv0, NULL);
}

char *on_path(const char *name) {
    const char *path = getenv("PATH");
    if (path == NULL) {
        return NULL;
    }
    char *folders = join(path, "");
    for (char *folder = strtok(folders, ":"); folder != NULL; folder = strtok(NULL, ":")) {
        char *candidate = join(join(folder, "/"), name);
        if (is_file(candidate) && access(candidate, X_OK) == 0) {
            return candidate;
        }
    }
    return NULL;
}

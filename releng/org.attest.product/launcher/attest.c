/*
 * Attest's native workbench launcher: the executable `attest` at the root of the Linux product archive.
 *
 * Eclipse's own launcher executable (org.eclipse.equinox.executable) is not on Maven Central, but its companion
 * library is: plugins/org.eclipse.equinox.launcher.<ws>.<os>.<arch>_<version>/eclipse_<n>.so. This program does what
 * that executable does before it hands over: it finds its own folder, reads its launcher ini (attest.ini, named after
 * the executable as in Eclipse, else the eclipse.ini that bin/attest reads too), finds the library (--launcher.library
 * or the newest launcher fragment in plugins/), loads it and calls its two entry points, setInitialArgs and run. The
 * library then starts the Java (-vm, a jre/ folder beside the executable, the java on PATH) with the ini's Java
 * options and the Equinox launcher jar, and reports what goes wrong after that, as it does for the Eclipse IDE.
 *
 * What Attest adds, as bin/attest does it: JAVA_HOME, when set and no -vm is given, names the Java; a missing Java or
 * display gets a message that names the fix; the workspace is $ATTEST_HOME/workspace (default ~/.attest/workspace)
 * unless -data is given, and the Java gets -Dattest.home. Built by releng/org.attest.product/pom.xml.
 */
#define _GNU_SOURCE
#include "launcher.h"

#include <dirent.h>
#include <dlfcn.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if defined(__aarch64__)
#define ATTEST_ARCH "aarch64"
#else
#define ATTEST_ARCH "x86_64"
#endif
#define ATTEST_FRAGMENT "org.eclipse.equinox.launcher.gtk.linux." ATTEST_ARCH "_"

/* the library's entry points, as its eclipse.c declares them, and the message dialog it shows its own errors in */
typedef void (*SetInitialArgs)(int argc, char *argv[], char *library, int consoleLauncher);
typedef int (*Run)(int argc, char *argv[], char *vmArgs[]);
typedef void (*DisplayMessage)(char *title, char *message);

static void *library_handle = NULL;

/* Reports a problem the user can fix, on standard error and (with a display) in the library's dialog, and exits. */
static void fail(int status, const char *hint, const char *format, ...) {
    char message[4096];
    va_list values;
    va_start(values, format);
    vsnprintf(message, sizeof message, format, values);
    va_end(values);
    fprintf(stderr, "attest: %s\n", message);
    if (hint != NULL) {
        fprintf(stderr, "  %s\n", hint);
    }
    DisplayMessage show = library_handle == NULL ? NULL : (DisplayMessage) dlsym(library_handle, "displayMessage");
    if (show != NULL && (getenv("DISPLAY") != NULL || getenv("WAYLAND_DISPLAY") != NULL)) {
        char *text = join(join(message, "\n\n"), hint == NULL ? "" : hint);
        show("Attest", text);
    }
    exit(status);
}

/* The Java version the ini asks for (-Dosgi.requiredJavaVersion, which the Equinox launcher checks), else 21. */
static const char *required_java(const List *config) {
    const char *option = "-Dosgi.requiredJavaVersion=";
    for (int i = 0; i < config->count; i++) {
        if (strncmp(config->items[i], option, strlen(option)) == 0) {
            return config->items[i] + strlen(option);
        }
    }
    return "21";
}

/*
 * The major version of the Java whose program is java, from the release file of its installation (after symbolic
 * links), or 0 when there is none to read: the library then starts it and reports what it finds.
 */
static int java_major(const char *java) {
    char real[PATH_MAX];
    if (realpath(java, real) == NULL) {
        return 0;
    }
    for (int up = 0; up < 2; up++) {
        char *slash = strrchr(real, '/');
        if (slash == NULL) {
            return 0;
        }
        *slash = '\0';
    }
    FILE *release = fopen(join(real, "/release"), "r");
    if (release == NULL) {
        return 0;
    }
    char line[256];
    int major = 0;
    while (major == 0 && fgets(line, sizeof line, release) != NULL) {
        if (sscanf(line, "JAVA_VERSION=\"%d", &major) != 1 || major == 1) {
            major = 0;
        }
    }
    fclose(release);
    return major;
}

/* Stops with a message when java is older than need (read from its release file). */
static void require_version(const char *java, const char *need) {
    int major = java_major(java);
    if (major > 0 && major < atoi(need)) {
        char hint[512];
        snprintf(hint, sizeof hint, "Install a Java %s+ runtime (Temurin or OpenJDK %s, for example) and set JAVA_HOME "
                "to its folder, then start Attest again.", need, need);
        fail(2, hint, "the Java at %s is version %d; Attest needs Java %s or newer.", java, major, need);
    }
}

/*
 * Adds -vm for JAVA_HOME, or stops with a message naming the Java version when no Java is found at all: the library
 * would look in jre/ and on PATH only, and its own message names neither the version nor JAVA_HOME.
 */
static void choose_java(const char *home, const List *config, List *args) {
    if (value_of(args, "-vm") != NULL) {
        return;
    }
    const char *need = required_java(config);
    const char *java_home = getenv("JAVA_HOME");
    if (java_home != NULL && java_home[0] != '\0') {
        char *java = join(java_home, "/bin/java");
        if (!is_file(java) || access(java, X_OK) != 0) {
            fail(2, "Point JAVA_HOME at a Java installation (the folder that holds bin/java), or unset it to use the "
                    "java on PATH.", "JAVA_HOME is %s, but %s does not exist; Attest needs Java %s or newer.",
                    java_home, java, need);
        }
        require_version(java, need);
        add(args, "-vm");
        add(args, java);
    } else if (!is_file(join(home, "/jre/bin/java")) && on_path("java") != NULL) {
        require_version(on_path("java"), need);
    } else if (!is_file(join(home, "/jre/bin/java"))) {
        char hint[512];
        snprintf(hint, sizeof hint, "Install a Java %s+ runtime (Temurin or OpenJDK %s, for example), then set "
                "JAVA_HOME to its folder or put its bin folder on PATH, and start Attest again.", need, need);
        fail(2, hint, "no Java found: Attest needs Java %s or newer, and neither JAVA_HOME nor PATH leads to one.",
                need);
    }
}

/*
 * Passes SIGTERM and SIGHUP on to this process's children, then ends this process by the signal: on Linux the library
 * starts the Java as a child and waits for it, so without this a `kill` of this process would leave the workbench
 * running, and the library would show "JVM terminated" once the Java ended. (A terminal's Ctrl-C reaches both.)
 */
static void forward(int signal_number) {
    DIR *processes = opendir("/proc");
    struct dirent *entry;
    while (processes != NULL && (entry = readdir(processes)) != NULL) {
        char path[300];
        char stat_line[512];
        snprintf(path, sizeof path, "/proc/%s/stat", entry->d_name);
        FILE *file = entry->d_name[0] >= '1' && entry->d_name[0] <= '9' ? fopen(path, "r") : NULL;
        if (file == NULL) {
            continue;
        }
        char *end = fgets(stat_line, sizeof stat_line, file) == NULL ? NULL : strrchr(stat_line, ')');
        fclose(file);
        int parent = 0;
        if (end != NULL && sscanf(end + 1, " %*c %d", &parent) == 1 && parent == getpid()) {
            kill(atoi(entry->d_name), signal_number);
        }
    }
    if (processes != NULL) {
        closedir(processes);
    }
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

int main(int argc, char *argv[]) {
    char *self = find_self(argv[0]);
    if (self == NULL) {
        fail(1, "Start it by its full path.", "cannot find the folder of this program (%s)", argv[0]);
    }
    char *home = join(self, "");
    *strrchr(home, '/') = '\0';

    List command = {0};
    for (int i = 1; i < argc; i++) {
        add(&command, argv[i]);
    }
    /* --launcher.ini, else the ini named after the executable (as Eclipse's launcher), else the archive's eclipse.ini */
    const char *given_ini = value_of(&command, "--launcher.ini");
    char *ini = given_ini != NULL ? realpath(given_ini, NULL) : join(self, ".ini");
    if (given_ini != NULL && ini == NULL) {
        fail(2, NULL, "the launcher ini %s does not exist", given_ini);
    }
    if (given_ini == NULL && !is_file(ini)) {
        ini = join(home, "/eclipse.ini");
    }
    List config = {0};
    read_ini(ini, &config);

    const char *configured = value_of(&command, "--launcher.library");
    char *library = find_library(home, configured != NULL ? configured : value_of(&config, "--launcher.library"),
            ATTEST_FRAGMENT);
    if (library == NULL || !is_file(library)) {
        fail(1, "The installation is incomplete: unpack the archive again into an empty folder.",
                "the Eclipse launcher library is missing: there is no %s", library != NULL ? library
                : join(home, "/plugins/" ATTEST_FRAGMENT "*/eclipse_*.so"));
    }
    library_handle = dlopen(library, RTLD_NOW);
    if (library_handle == NULL) {
        fail(1, NULL, "cannot load the Eclipse launcher library: %s", dlerror());
    }
    SetInitialArgs set_initial_args = (SetInitialArgs) dlsym(library_handle, "setInitialArgs");
    Run run = (Run) dlsym(library_handle, "run");
    if (set_initial_args == NULL || run == NULL) {
        fail(1, NULL, "the Eclipse launcher library %s has no setInitialArgs or run", library);
    }

    /* the arguments for the library: this program, the ini's program arguments, then the user's (as Eclipse) */
    List args = {0};
    add(&args, self);
    add(&args, "--launcher.ini");
    add(&args, ini);
    int ini_end = find(config.items, 0, config.count, "-vmargs");
    for (int i = 0; i < (ini_end < 0 ? config.count : ini_end); i++) {
        add(&args, config.items[i]);
    }
    int user_end = find(command.items, 0, command.count, "-vmargs");
    for (int i = 0; i < (user_end < 0 ? command.count : user_end); i++) {
        add(&args, command.items[i]);
    }
    choose_java(home, &config, &args);
    if (getenv("DISPLAY") == NULL && getenv("WAYLAND_DISPLAY") == NULL && value_of(&args, "-application") == NULL) {
        fail(2, join("Start it from a graphical session; on a server: xvfb-run -a ", self),
                "the workbench needs a display and none is set (DISPLAY is empty).");
    }
    const char *state = getenv("ATTEST_HOME");
    if (state == NULL || state[0] == '\0') {
        const char *user = getenv("HOME");
        state = join(user != NULL ? user : ".", "/.attest");
    }
    if (value_of(&args, "-data") == NULL) {
        add(&args, "-data");
        add(&args, join(state, "/workspace"));
    }
    /* the user's -vmargs and -Dattest.home come after the ini's Java options (which the library reads itself) */
    add(&args, "--launcher.appendVmargs");
    List vm = {0};
    for (int i = user_end + 1; user_end >= 0 && i < command.count; i++) {
        add(&vm, command.items[i]);
    }
    add(&vm, join("-Dattest.home=", state));

    /* what the library restarts the workbench with (File > Restart, a workspace switch): this program, by its path */
    List initial = {0};
    add(&initial, self);
    for (int i = 1; i < argc; i++) {
        add(&initial, argv[i]);
    }
    struct sigaction on_signal = {0};
    on_signal.sa_handler = forward;
    on_signal.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &on_signal, NULL);
    sigaction(SIGHUP, &on_signal, NULL);
    set_initial_args(initial.count, initial.items, library, 0);
    return run(args.count, args.items, vm.items);
}

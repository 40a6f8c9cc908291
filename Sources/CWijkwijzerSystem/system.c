// renameat2(RENAME_EXCHANGE): swap the staged site and the live site in one step.
#define _GNU_SOURCE
#include <malloc.h>
#include <string.h>
#include <fcntl.h>
#include <stdio.h>
#include <errno.h>
#include "wijkwijzer_system.h"

#if defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif
int wijkwijzer_exchange_paths(const char *from, const char *to) {
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE);
}
#else
int wijkwijzer_exchange_paths(const char *from, const char *to) {
    (void)from; (void)to;
    errno = ENOSYS;
    return -1;
}
#endif

#include <ftw.h>

static int remove_entry(const char *path, const struct stat *status, int type, struct FTW *walk) {
    (void)status; (void)type; (void)walk;
    return remove(path);
}

int wijkwijzer_remove_tree(const char *path) {
    // FTW_DEPTH: children before their folder; FTW_PHYS: never follow symbolic links.
    return nftw(path, remove_entry, 64, FTW_DEPTH | FTW_PHYS);
}

void wijkwijzer_release_free_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

void wijkwijzer_map_large_allocations(void) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
}

int wijkwijzer_contains_bytes(const void *haystack, unsigned long haystack_length,
                              const void *needle, unsigned long needle_length) {
    if (needle_length == 0) return 1;
    if (haystack == NULL || haystack_length < needle_length) return 0;
    return memmem(haystack, haystack_length, needle, needle_length) != NULL;
}

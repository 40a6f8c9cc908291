// System calls Swift's Glibc module does not expose.
#ifndef WIJKWIJZER_SYSTEM_H
#define WIJKWIJZER_SYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (e.g. EINVAL where unsupported).
int wijkwijzer_exchange_paths(const char *from, const char *to);


/// Removes a folder and everything below it without following symbolic links.
/// Returns 0 on success, -1 with errno set otherwise.
int wijkwijzer_remove_tree(const char *path);

/// Returns freed heap memory to the system (glibc malloc_trim), so that a long build's peak
/// memory is that of its largest step, not the sum of what the allocator kept.
void wijkwijzer_release_free_memory(void);

/// Makes glibc give every allocation of 256 KB or more its own mapping, returned to the system
/// when freed (and grown in place by mremap): the text of a large page then never stays behind
/// in the heap after the page is written. Call once, before building.
void wijkwijzer_map_large_allocations(void);

/// Whether `needle` (length `needle_length`) occurs in `haystack` (glibc memmem, which Swift's
/// Glibc module does not declare). An empty needle occurs everywhere.
int wijkwijzer_contains_bytes(const void *haystack, unsigned long haystack_length,
                              const void *needle, unsigned long needle_length);

#endif

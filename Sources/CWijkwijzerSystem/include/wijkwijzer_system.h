// System calls Swift's Glibc module does not expose.
#ifndef WIJKWIJZER_SYSTEM_H
#define WIJKWIJZER_SYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (e.g. EINVAL where unsupported).
int wijkwijzer_exchange_paths(const char *from, const char *to);


/// Removes a folder and everything below it without following symbolic links.
/// Returns 0 on success, -1 with errno set otherwise.
int wijkwijzer_remove_tree(const char *path);

#endif

#pragma once
// An exclusive lock on a data dir (flock on <dir>/croupier.lock, holding the owner's pid), so a
// second croupier-server on the same dir refuses to start instead of "recovering" the first
// one's live jobs and agents. Released when the object goes away (or the process dies).

#include "croupier/core/Result.h"

#include <filesystem>
#include <memory>

namespace croupier::server {

class DataDirLock {
public:
    // FAILED_PRECONDITION naming the other pid when the dir is in use; UNAVAILABLE when the
    // lock file cannot be created.
    static core::Result<std::unique_ptr<DataDirLock>> acquire(const std::filesystem::path& dir);
    ~DataDirLock();
    DataDirLock(const DataDirLock&) = delete;
    DataDirLock& operator=(const DataDirLock&) = delete;

private:
    explicit DataDirLock(int fd) : m_fd(fd) {}
    int m_fd;
};

} // namespace croupier::server

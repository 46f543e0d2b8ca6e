#include "croupier/server/DataDirLock.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/file.h>
#include <unistd.h>

namespace croupier::server {

core::Result<std::unique_ptr<DataDirLock>> DataDirLock::acquire(const std::filesystem::path& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    const auto path = dir / "croupier.lock";
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        return core::Unexpected(core::ErrorCode::Unavailable,
                                "cannot create " + path.string() + ": " + std::strerror(errno));
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        char pid[32] = {};
        const ssize_t n = ::pread(fd, pid, sizeof(pid) - 1, 0);
        ::close(fd);
        const std::string owner = n > 0 ? std::string(pid, static_cast<std::size_t>(n)) : "?";
        return core::Unexpected(core::ErrorCode::FailedPrecondition,
                                "the data dir " + dir.string() +
                                    " is in use by another croupier-server (pid " + owner + ")");
    }
    const std::string self = std::to_string(::getpid());
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, self.data(), self.size(), 0) < 0) {
        // The lock holds regardless; the pid is only a hint for the message above.
    }
    return std::unique_ptr<DataDirLock>(new DataDirLock(fd));
}

DataDirLock::~DataDirLock() { ::close(m_fd); }

} // namespace croupier::server

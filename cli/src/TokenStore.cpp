#include "TokenStore.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace croupier::cli {

using core::ErrorCode;
using core::Unexpected;
using nlohmann::json;

namespace {

constexpr std::size_t kMaxFileBytes = std::size_t{1024} * 1024;

// Closes a descriptor when it goes out of scope.
struct FdCloser {
    int fd;
    ~FdCloser() {
        if (fd >= 0) {
            ::close(fd);
        }
    }
};

std::string modeText(mode_t mode) {
    char text[8];
    std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(mode & 07777));
    return text;
}

core::Result<void> checkOwnership(const std::string& path, const struct stat& st) {
    if (!S_ISREG(st.st_mode)) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "the token file " + path + " is not a regular file");
    }
    if (st.st_uid != ::geteuid()) {
        return Unexpected(ErrorCode::PermissionDenied,
                          "refusing to read the token file " + path +
                              ": another user owns it; delete it and run `croupierctl login`");
    }
    if ((st.st_mode & 077) != 0) {
        return Unexpected(ErrorCode::PermissionDenied,
                          "refusing to read the token file " + path + ": group or others may " +
                              "access it (mode " + modeText(st.st_mode) +
                              "); its tokens may have leaked: run `croupierctl login` again " +
                              "(the new file is private) or `chmod 600 " + path + "`");
    }
    return {};
}

core::Result<std::string> readPrivateFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        if (errno == ENOENT) {
            return std::string();
        }
        return Unexpected(ErrorCode::InvalidArgument,
                          "cannot read the token file " + path + ": " + std::strerror(errno));
    }
    FdCloser closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        return Unexpected(ErrorCode::InvalidArgument, "cannot read the token file " + path);
    }
    if (auto ok = checkOwnership(path, st); !ok) {
        return Unexpected(ok.error());
    }
    std::string text;
    char buffer[8192];
    ssize_t n = 0;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0 && text.size() <= kMaxFileBytes) {
        text.append(buffer, static_cast<std::size_t>(n));
    }
    if (n < 0 || text.size() > kMaxFileBytes) {
        return Unexpected(ErrorCode::InvalidArgument, "cannot read the token file " + path);
    }
    return text;
}

// mkdir -p with mode 0700 for every directory it creates.
core::Result<void> makePrivateDirs(const std::filesystem::path& dir) {
    std::filesystem::path partial;
    for (const auto& part : dir) {
        partial /= part;
        if (::mkdir(partial.c_str(), 0700) != 0 && errno != EEXIST) {
            return Unexpected(ErrorCode::InvalidArgument, "cannot create the directory " +
                                                              partial.string() + ": " +
                                                              std::strerror(errno));
        }
    }
    return {};
}

bool writeAll(int fd, const std::string& text) {
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return ::fsync(fd) == 0;
}

// Writes `text` to a new 0600 file beside `file`, then renames it over `file`.
core::Result<void> replaceFile(const std::filesystem::path& file, const std::string& text) {
    const std::string temp = file.string() + ".tmp." + std::to_string(::getpid());
    ::unlink(temp.c_str()); // a leftover of a crashed run with the same pid
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "cannot write the token file " + temp + ": " + std::strerror(errno));
    }
    const bool written = writeAll(fd, text);
    const bool closed = ::close(fd) == 0;
    if (!written || !closed || ::rename(temp.c_str(), file.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(temp.c_str());
        return Unexpected(ErrorCode::InvalidArgument,
                          "cannot write the token file " + file.string() + ": " + why);
    }
    return {};
}

std::optional<StoredToken> entryOf(const json& entry) {
    if (!entry.is_object() || !entry.contains("token") || !entry["token"].is_string()) {
        return std::nullopt;
    }
    StoredToken t;
    t.token = entry["token"].get<std::string>();
    if (entry.contains("username") && entry["username"].is_string()) {
        t.username = entry["username"].get<std::string>();
    }
    if (entry.contains("expires_at") && entry["expires_at"].is_number_integer()) {
        t.expiresAtMs = entry["expires_at"].get<std::int64_t>();
    }
    return t.token.empty() ? std::nullopt : std::optional<StoredToken>(t);
}

} // namespace

core::Result<json> TokenStore::readServers() const {
    auto text = readPrivateFile(m_file.string());
    if (!text) {
        return Unexpected(text.error());
    }
    if (text->empty()) {
        return json::object();
    }
    const json doc = json::parse(*text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("servers") ||
        !doc["servers"].is_object()) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "the token file " + m_file.string() +
                              " is not one croupierctl wrote; delete it and run `croupierctl "
                              "login`");
    }
    return doc["servers"];
}

core::Result<void> TokenStore::writeServers(const json& servers) const {
    if (auto made = makePrivateDirs(m_file.parent_path()); !made) {
        return made;
    }
    const json doc = {{"servers", servers}};
    return replaceFile(m_file, doc.dump(2) + "\n");
}

core::Result<std::optional<StoredToken>> TokenStore::load(const std::string& server) const {
    auto servers = readServers();
    if (!servers) {
        return Unexpected(servers.error());
    }
    if (!servers->contains(server)) {
        return std::optional<StoredToken>();
    }
    return entryOf((*servers)[server]);
}

core::Result<void> TokenStore::save(const std::string& server, const StoredToken& token) const {
    auto servers = readServers();
    json all = servers ? *servers : json::object();
    all[server] = {
        {"token", token.token}, {"username", token.username}, {"expires_at", token.expiresAtMs}};
    return writeServers(all);
}

core::Result<bool> TokenStore::remove(const std::string& server) const {
    auto servers = readServers();
    if (!servers) {
        return Unexpected(servers.error());
    }
    if (!servers->contains(server)) {
        return false;
    }
    servers->erase(server);
    if (servers->empty()) {
        if (::unlink(m_file.c_str()) != 0 && errno != ENOENT) {
            return Unexpected(ErrorCode::InvalidArgument, "cannot delete the token file " +
                                                              m_file.string() + ": " +
                                                              std::strerror(errno));
        }
        return true;
    }
    if (auto written = writeServers(*servers); !written) {
        return Unexpected(written.error());
    }
    return true;
}

} // namespace croupier::cli

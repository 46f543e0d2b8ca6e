#pragma once
// The demo game's data: players with inventories, bans and mailboxes, and guilds. Plain values
// owned by FakeGame and guarded by its mutex.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace croupier::demo {

struct Ban {
    std::string banId;
    std::string reason;
    std::int64_t expiresAtMs = 0; // unix milliseconds
};

struct Mail {
    std::string mailId;
    std::string title;
    std::string body;
    std::map<std::string, int> attachments; // item -> count
    std::string sendAt;                     // RFC 3339
};

struct Player {
    std::string id;
    std::string name;
    int level = 1;
    std::string email;
    std::string guildId;
    std::map<std::string, std::int64_t> items; // item -> count
    std::optional<Ban> ban;
    std::vector<Mail> mailbox;
    std::int64_t createdAtMs = 0;
};

struct Guild {
    std::string id;
    std::string name;
    std::string leaderId;
};

} // namespace croupier::demo

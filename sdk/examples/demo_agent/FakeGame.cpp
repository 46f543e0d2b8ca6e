#include "FakeGame.h"

#include <algorithm>
#include <ctime>
#include <set>
#include <vector>

namespace croupier::demo {
namespace {

using nlohmann::json;
using FunctionResult = sdk::Result; // not core::Result, which other files here use

const std::set<std::string> kItems{"gold",      "diamond",    "potion_hp",
                                   "potion_mp", "sword_iron", "mount_horse"};

FunctionResult playerNotFound(const std::string& playerId) {
    return FunctionResult::Error("PLAYER_NOT_FOUND", "玩家不存在", {{"player_id", playerId}});
}

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n") == std::string::npos) {
        return text;
    }
    std::string out = "\"";
    for (char c : text) {
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return out + "\"";
}

std::string toCsv(const std::vector<json>& rows) {
    std::string out = "player_id,name,level,banned,guild_id\n";
    for (const auto& row : rows) {
        out += csvField(row["player_id"].get<std::string>()) + "," +
               csvField(row["name"].get<std::string>()) + "," +
               std::to_string(row["level"].get<int>()) + "," +
               (row["banned"].get<bool>() ? "true" : "false") + "," +
               csvField(row["guild_id"].get<std::string>()) + "\n";
    }
    return out;
}

} // namespace

std::string formatTime(std::int64_t unixMs) {
    const std::time_t seconds = static_cast<std::time_t>(unixMs / 1000);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

FakeGame::FakeGame(const croupier::core::Clock& clock)
    : m_clock(clock) {
    seed();
}

void FakeGame::seed() {
    m_guilds["guild_xiaoyao"] = Guild{"guild_xiaoyao", "逍遥派", "player_123"};
    m_guilds["guild_shushan"] = Guild{"guild_shushan", "蜀山剑派", "player_1002"};
    m_guilds["guild_knights"] = Guild{"guild_knights", "Knights of Dawn", "player_1006"};
    addPlayer("player_123", "李逍遥", 58, "guild_xiaoyao");
    addPlayer("player_1001", "赵灵儿", 55, "guild_xiaoyao");
    addPlayer("player_1002", "林月如", 57, "guild_shushan");
    addPlayer("player_1003", "阿奴", 41, "guild_shushan");
    addPlayer("player_1004", "酒剑仙", 80, "");
    addPlayer("player_1005", "王小虎", 23, "");
    addPlayer("player_1006", "Alice", 34, "guild_knights");
    addPlayer("player_1007", "Bob", 12, "guild_knights");
    addPlayer("player_1008", "Charlie, Jr.", 7, "");
    addPlayer("player_1009", "苏媚", 46, "");
    addPlayer("player_1010", "拜月教主", 99, "");
    addPlayer("player_1011", "唐钰小宝", 30, "guild_shushan");
    m_players["player_1010"].ban = Ban{"ban_1000", "使用外挂", nowMs() + 7LL * 24 * 3600 * 1000};
    m_sequence = 1100;
}

void FakeGame::addPlayer(const std::string& id, const std::string& name, int level,
                         const std::string& guildId) {
    Player p;
    p.id = id;
    p.name = name;
    p.level = level;
    p.guildId = guildId;
    p.items["gold"] = 100LL * level;
    p.createdAtMs = nowMs();
    m_players[id] = std::move(p);
}

std::string FakeGame::nextId(const char* prefix) {
    return prefix + std::to_string(++m_sequence);
}

std::int64_t FakeGame::nowMs() const {
    return croupier::core::toUnixMs(m_clock.now());
}

std::size_t FakeGame::playerCount() const {
    std::lock_guard lock(m_mutex);
    return m_players.size();
}

json FakeGame::describe(const Player& p) const {
    json out{{"player_id", p.id},
             {"name", p.name},
             {"level", p.level},
             {"guild_id", p.guildId},
             {"banned", p.ban.has_value()},
             {"items", p.items},
             {"mail_count", p.mailbox.size()},
             {"created_at", formatTime(p.createdAtMs)}};
    if (!p.email.empty()) {
        out["email"] = p.email;
    }
    if (p.ban) {
        out["ban"] = {{"ban_id", p.ban->banId},
                      {"reason", p.ban->reason},
                      {"expires_at", formatTime(p.ban->expiresAtMs)}};
    }
    return out;
}

FunctionResult FakeGame::registerPlayer(const json& params) {
    const std::string name = params.at("name").get<std::string>();
    const int level = params.value("level", 1);
    std::lock_guard lock(m_mutex);
    for (const auto& [id, player] : m_players) {
        if (player.name == name) {
            return FunctionResult::Error("PLAYER_NAME_TAKEN", "昵称已被使用",
                                 {{"name", name}, {"player_id", id}});
        }
    }
    const std::string id = nextId("player_");
    addPlayer(id, name, level, "");
    m_players[id].email = params.value("email", "");
    return FunctionResult{{"player_id", id},
                  {"name", name},
                  {"level", level},
                  {"created_at", formatTime(m_players[id].createdAtMs)}};
}

FunctionResult FakeGame::getPlayer(const json& params) {
    const std::string id = params.at("player_id").get<std::string>();
    std::lock_guard lock(m_mutex);
    const auto it = m_players.find(id);
    if (it == m_players.end()) {
        return playerNotFound(id);
    }
    return describe(it->second);
}

FunctionResult FakeGame::listPlayers(const json& params) {
    const std::string needle = params.value("name_contains", "");
    const bool bannedOnly = params.value("banned_only", false);
    const auto offset = static_cast<std::size_t>(std::max(0, params.value("offset", 0)));
    const auto limit = static_cast<std::size_t>(std::clamp(params.value("limit", 20), 1, 100));
    std::lock_guard lock(m_mutex);
    json page = json::array();
    std::size_t total = 0;
    for (const auto& [id, p] : m_players) {
        if ((bannedOnly && !p.ban) || p.name.find(needle) == std::string::npos) {
            continue;
        }
        if (total >= offset && page.size() < limit) {
            page.push_back({{"player_id", id},
                            {"name", p.name},
                            {"level", p.level},
                            {"banned", p.ban.has_value()}});
        }
        ++total;
    }
    return FunctionResult{{"total", total}, {"players", std::move(page)}};
}

FunctionResult FakeGame::banPlayer(const json& params) {
    const std::string id = params.at("player_id").get<std::string>();
    const int hours = params.value("duration", 24);
    std::lock_guard lock(m_mutex);
    const auto it = m_players.find(id);
    if (it == m_players.end()) {
        return playerNotFound(id);
    }
    Ban ban{nextId("ban_"), params.value("reason", ""), nowMs() + hours * 3600LL * 1000};
    it->second.ban = ban;
    return FunctionResult{
        {"success", true}, {"ban_id", ban.banId}, {"expires_at", formatTime(ban.expiresAtMs)}};
}

FunctionResult FakeGame::unbanPlayer(const json& params) {
    const std::string id = params.at("player_id").get<std::string>();
    std::lock_guard lock(m_mutex);
    const auto it = m_players.find(id);
    if (it == m_players.end()) {
        return playerNotFound(id);
    }
    if (!it->second.ban) {
        return FunctionResult::Error("PLAYER_NOT_BANNED", "玩家未被封禁", {{"player_id", id}});
    }
    const std::string banId = it->second.ban->banId;
    it->second.ban.reset();
    return FunctionResult{{"success", true}, {"player_id", id}, {"ban_id", banId}};
}

FunctionResult FakeGame::grantItem(const json& params) {
    const std::string id = params.at("player_id").get<std::string>();
    const std::string item = params.at("item").get<std::string>();
    const int count = params.value("count", 1);
    const bool knownItem = kItems.count(item) != 0;
    if (!knownItem || count < 1) {
        // "pointer" names the offending field(s), so the console marks only those.
        json pointers = json::array();
        if (!knownItem) {
            pointers.push_back("/item");
        }
        if (count < 1) {
            pointers.push_back("/count");
        }
        return FunctionResult::Error("INVALID_ARGUMENT", "未知物品或数量无效",
                             {{"pointer", pointers}, {"item", item}, {"count", count}});
    }
    std::lock_guard lock(m_mutex);
    const auto it = m_players.find(id);
    if (it == m_players.end()) {
        return playerNotFound(id);
    }
    const std::int64_t total = it->second.items[item] += count;
    return FunctionResult{
        {"success", true}, {"player_id", id}, {"item", item}, {"granted", count}, {"total", total}};
}

FunctionResult FakeGame::sendMail(const json& params) {
    const std::string id = params.at("player_id").get<std::string>();
    Mail mail;
    mail.title = params.at("title").get<std::string>();
    mail.body = params.at("body").get<std::string>();
    mail.sendAt = params.value("send_at", "");
    for (const auto& attachment : params.value("attachments", json::array())) {
        mail.attachments[attachment.at("item").get<std::string>()] += attachment.value("count", 1);
    }
    std::lock_guard lock(m_mutex);
    const auto it = m_players.find(id);
    if (it == m_players.end()) {
        return playerNotFound(id);
    }
    const bool scheduled = !mail.sendAt.empty();
    if (!scheduled) {
        mail.sendAt = formatTime(nowMs());
    }
    mail.mailId = nextId("mail_");
    const std::size_t attachments = mail.attachments.size();
    FunctionResult result{{"mail_id", mail.mailId},
                  {"player_id", id},
                  {"scheduled", scheduled},
                  {"send_at", mail.sendAt},
                  {"attachments", attachments}};
    it->second.mailbox.push_back(std::move(mail));
    return result;
}

FunctionResult FakeGame::disbandGuild(const json& params) {
    const std::string guildId = params.at("guild_id").get<std::string>();
    std::lock_guard lock(m_mutex);
    if (m_guilds.erase(guildId) == 0) {
        return FunctionResult::Error("GUILD_NOT_FOUND", "公会不存在", {{"guild_id", guildId}});
    }
    int released = 0;
    for (auto& [id, player] : m_players) {
        if (player.guildId == guildId) {
            player.guildId.clear();
            ++released;
        }
    }
    return FunctionResult{{"success", true}, {"guild_id", guildId}, {"members_released", released}};
}

FunctionResult FakeGame::broadcast(const json& params) {
    const std::string message = params.at("message").get<std::string>();
    const std::string channel = params.value("channel", "system");
    std::lock_guard lock(m_mutex);
    const auto delivered = std::count_if(m_players.begin(), m_players.end(),
                                         [](const auto& entry) { return !entry.second.ban; });
    return FunctionResult{{"delivered", delivered}, {"channel", channel}, {"message", message}};
}

FunctionResult FakeGame::exportPlayers(const sdk::Context& ctx, const json& params,
                               std::chrono::milliseconds step) {
    const std::string format = params.value("format", "json");
    const bool bannedOnly = params.value("banned_only", false);
    std::vector<std::string> ids;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [id, player] : m_players) {
            if (!bannedOnly || player.ban) {
                ids.push_back(id);
            }
        }
    }
    ctx.Log("exporting " + std::to_string(ids.size()) + " players as " + format);
    std::vector<json> rows;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (ctx.WaitForCancel(step)) {
            ctx.Log("export cancelled after " + std::to_string(i) + " players");
            return FunctionResult::Error("CANCELLED", "导出已取消", {{"exported", i}});
        }
        {
            std::lock_guard lock(m_mutex);
            const auto it = m_players.find(ids[i]);
            if (it != m_players.end()) {
                rows.push_back(describe(it->second));
            }
        }
        const std::string done = std::to_string(i + 1) + "/" + std::to_string(ids.size());
        ctx.ReportProgress(static_cast<double>(i + 1) / static_cast<double>(ids.size()),
                           "已导出 " + done);
        if ((i + 1) % 5 == 0) {
            ctx.Log("exported " + done);
        }
    }
    const std::string content = format == "csv" ? toCsv(rows) : json(rows).dump();
    ctx.ReportProgress(1.0, "完成");
    return FunctionResult{{"count", rows.size()}, {"format", format}, {"content", content}};
}

} // namespace croupier::demo

#include "UserTables.h"

#include "TextTable.h"
#include "TextWidth.h"
#include "TimeFormat.h"

namespace croupier::cli {

using auth::v1::UserInfo;

namespace {

std::string whenOrNever(std::int64_t unixMs, const std::string& relative) {
    return localDateTimeNoted(unixMs, relative, "never");
}

} // namespace

std::string scopesText(const Scopes& scopes) {
    std::string out;
    for (const auto& s : scopes) {
        out += (out.empty() ? "" : ", ") + s.game_id() + "/" + s.env();
    }
    return out.empty() ? "every scope" : out;
}

std::optional<auth::v1::Scope> parseScope(const std::string& text) {
    const auto slash = text.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 >= text.size() ||
        text.find('/', slash + 1) != std::string::npos) {
        return std::nullopt;
    }
    auth::v1::Scope scope;
    scope.set_game_id(text.substr(0, slash));
    scope.set_env(text.substr(slash + 1));
    return scope;
}

std::string signedInLine(const UserInfo& user, std::int64_t expiresAtMs, std::int64_t nowMs) {
    return sanitizeLine("signed in as " + user.username() + " (roles " +
                        joinedCell(user.roles(), "none") + "), token expires " +
                        whenOrNever(expiresAtMs, expiryTime(nowMs, expiresAtMs)));
}

std::string renderWhoAmI(const auth::v1::WhoAmIResponse& who, std::int64_t nowMs) {
    const UserInfo& u = who.user();
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"user", u.username() + (u.display_name().empty() || u.display_name() == u.username()
                                     ? ""
                                     : " (" + u.display_name() + ")")},
        {"roles", joinedCell(u.roles(), "none")},
        {"permissions", joinedCell(u.permissions(), "none")},
        {"scopes", scopesText(u.scopes())},
        {"token",
         "expires " + whenOrNever(who.token_expires_at(), expiryTime(nowMs, who.token_expires_at()))},
        {"last login", whenOrNever(u.last_login_at(), relativeTime(nowMs, u.last_login_at()))},
    };
    std::string out;
    for (const auto& [key, value] : rows) {
        out += padToWidth(key, 13) + sanitizeLine(value) + "\n";
    }
    return out;
}

std::string renderUsersTable(const std::vector<UserInfo>& users, std::int64_t nowMs) {
    TextTable table({"USER", "NAME", "ROLES", "SCOPES", "STATUS", "LAST LOGIN"});
    for (const auto& u : users) {
        table.addRow({u.username(), u.display_name().empty() ? "-" : u.display_name(),
                      joinedCell(u.roles(), "-"), scopesText(u.scopes()),
                      u.disabled() ? "disabled" : "enabled",
                      relativeTime(nowMs, u.last_login_at())});
    }
    return table.render();
}

std::string describeUser(const UserInfo& user) {
    return sanitizeLine(user.username() + ": roles " + joinedCell(user.roles(), "none") +
                        "; scopes " + scopesText(user.scopes()) + "; " +
                        (user.disabled() ? "disabled" : "enabled"));
}

} // namespace croupier::cli

#pragma once
// The default Store: one SQLite file in the server's data dir, in WAL mode.
//
// Threads: any thread may call any method (the Store contract). Writes go through one write
// connection guarded by m_writeMutex (the connection, its statement cache and every write
// transaction); reads go through a second connection guarded by m_readMutex, so a long listing
// does not wait for a writer and vice versa (WAL lets one writer and readers run together).
// A read started after a write returned sees that write.
//
// Durability: every method commits before it returns. With the default synchronous=NORMAL a
// committed transaction is in the WAL file and survives a crash of this process (kill -9), but the
// last transactions can be lost if the machine loses power or the kernel crashes; set
// SqliteOptions::fullSync (synchronous=FULL, an fsync per commit) to survive that too.
//
// Schema: a schema_version table and forward-only migrations applied at open(); a file written by
// a newer server (higher version) is refused rather than guessed at.

#include "croupier/server/Store.h"

#include <filesystem>
#include <memory>
#include <mutex>

namespace croupier::server {

// One SQLite connection plus its prepared-statement cache (server/src/SqliteConnection.h).
class SqliteConnection;

struct SqliteOptions {
    bool fullSync = false;    // synchronous=FULL instead of NORMAL (see above)
    int busyTimeoutMs = 5000; // how long to wait for another connection's lock
    // Opens an existing file without writing to it: no migration (its schema must be this
    // build's), every write fails. For tools beside a live server (`croupier-server audit`).
    bool readOnly = false;
};

class SqliteStore final : public Store {
public:
    // The newest schema version this build knows.
    static constexpr int kSchemaVersion = 2;

    // Opens (creating the file and its directory if needed) and migrates the database.
    // UNAVAILABLE when the file cannot be opened or written, DATA_LOSS when it is not a SQLite
    // database or is corrupt, FAILED_PRECONDITION when its schema is newer than this build (or,
    // with readOnly, is not this build's).
    static core::Result<std::unique_ptr<SqliteStore>> open(const std::filesystem::path& file,
                                                           const SqliteOptions& options = {});
    ~SqliteStore() override;
    SqliteStore(const SqliteStore&) = delete;
    SqliteStore& operator=(const SqliteStore&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    core::Result<int> schemaVersion();

    Result<void> putDescriptor(const DescriptorRecord& record) override;
    Result<std::vector<DescriptorRecord>> listDescriptors() override;

    Result<void> putAgent(const AgentRecord& record) override;
    Result<void> setAgentOnline(const std::string& agentId, bool online,
                                std::int64_t lastHeartbeatMs) override;
    Result<std::vector<AgentRecord>> listAgents() override;
    Result<void> markAllAgentsOffline() override;

    Result<std::int64_t> putAssignment(const AssignmentRecord& record) override;
    Result<std::vector<AssignmentRecord>> listAssignments() override;
    Result<std::map<std::string, std::int64_t>> assignmentVersions() override;

    Result<void> createJob(const JobRecord& job) override;
    Result<void> appendJobEvents(const std::vector<JobEventRecord>& events,
                                 const std::vector<JobRecord>& jobs) override;
    Result<std::optional<JobRecord>> getJob(const std::string& jobId) override;
    Result<std::vector<JobRecord>> listJobs(const JobFilter& filter) override;
    Result<std::vector<JobEventRecord>> listJobEvents(const std::string& jobId,
                                                      std::int64_t fromSeq) override;
    Result<std::vector<JobRecord>> listUnfinishedJobs() override;

    Result<IdempotencyClaim> claimIdempotency(const IdempotencyRecord& candidate) override;
    Result<void> completeIdempotency(const IdempotencyRecord& record) override;
    Result<std::vector<IdempotencyRecord>> listRunningIdempotency() override;
    // Succeeds also when no record has the key (nothing left to release).
    Result<void> releaseIdempotency(const IdempotencyRecord& record) override;
    Result<int> purgeIdempotency(std::int64_t cutoffMs) override;

    Result<void> putUser(const UserRecord& user) override;
    Result<std::vector<UserRecord>> listUsers() override;
    Result<void> putToken(const TokenRecord& token) override;
    Result<std::vector<TokenRecord>> listLiveTokens(std::int64_t nowMs) override;
    // Succeeds also when no token has the hash (nothing left to revoke).
    Result<void> revokeToken(const std::string& tokenHash) override;
    Result<void> revokeUserTokens(const std::string& username) override;
    Result<int> purgeTokens(std::int64_t cutoffMs) override;

    Result<void> putApproval(const ApprovalRecord& approval) override;
    Result<std::optional<ApprovalRecord>> getApproval(const std::string& approvalId) override;
    // At most 1000 rows (filter.limit is clamped to 1..1000).
    Result<std::vector<ApprovalRecord>> listApprovals(const ApprovalFilter& filter) override;
    Result<std::vector<ApprovalRecord>> listPendingApprovals() override;

    // The batch's seqs must run on exactly from the stored last seq + 1 (1 on an empty trail);
    // otherwise FAILED_PRECONDITION (details "seq" and "expected_seq") and nothing of the batch is
    // stored, so the trail can have no gap and no duplicate. prev_hash and hash are stored as
    // given (AuditLog computes them; verifyAuditChain checks them). No method updates or deletes.
    Result<void> appendAudit(const std::vector<AuditRow>& rows) override;
    Result<std::optional<AuditRow>> lastAudit() override;
    // queryAudit and scanAudit return at most 10000 rows (the limit is clamped to 1..10000).
    Result<std::vector<AuditRow>> queryAudit(const AuditFilter& filter) override;
    Result<std::vector<AuditRow>> scanAudit(std::int64_t fromSeq, int limit) override;

private:
    SqliteStore(std::filesystem::path path, std::unique_ptr<SqliteConnection> write,
                std::unique_ptr<SqliteConnection> read);
    static core::Result<std::unique_ptr<SqliteStore>>
    openReadOnly(const std::filesystem::path& file, const SqliteOptions& options);

    const std::filesystem::path m_path;
    std::mutex m_writeMutex; // guards m_write and every write transaction
    std::unique_ptr<SqliteConnection> m_write;
    std::mutex m_readMutex; // guards m_read
    std::unique_ptr<SqliteConnection> m_read;
};

} // namespace croupier::server

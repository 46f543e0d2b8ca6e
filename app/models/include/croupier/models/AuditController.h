#pragma once
// AuditController: the Audit page's actions besides the table. verifyChain() asks the server to
// walk the hash chain and words the verdict (and, when it is broken, loads the first broken
// record for the detail view). exportCsv() writes every record of the model's current query
// (the filter the table shows) to a CSV file (AuditCsv), fetching page after page
// asynchronously so the GUI thread never waits, reporting progress, and leaving no partial
// file behind on failure (QSaveFile). GUI thread only; `model` outlives this object.

#include "croupier/client/AuditRecordInfo.h"
#include "croupier/client/CallError.h"
#include "croupier/models/AuditSource.h"

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class QSaveFile;

namespace croupier::models {

class AuditModel;

class AuditController final : public QObject {
    Q_OBJECT
public:
    AuditController(AuditSource source, AuditModel& model, QObject* parent = nullptr);
    ~AuditController() override;

    // ---- chain verification
    void verifyChain(); // ignored while one runs
    bool verifying() const { return m_verifying; }
    std::optional<client::AuditVerifyResult> verifyResult() const { return m_verdict; }
    QString verifyText() const { return m_verifyText; } // the verdict or the error, human text
    std::optional<client::AuditRecordInfo> brokenRecord() const { return m_broken; }

    // ---- CSV export
    // Starts writing `path` (replaced only once complete); ignored while an export runs.
    void exportCsv(const QString& path);
    void cancelExport();
    bool exporting() const { return m_file != nullptr; }
    int exportedCount() const { return m_exported; }
    QString exportText() const { return m_exportText; } // the last outcome, human text
    // Records asked for per page while exporting (default the server's maximum).
    void setExportPageSize(int pageSize) { m_exportPageSize = pageSize; }

signals:
    void verifyingChanged(bool verifying);
    void verifyFinished(bool chainOk, const QString& text);
    void verifyFailed(const croupier::client::CallError& error);
    void brokenRecordLoaded(const croupier::client::AuditRecordInfo& record);

    void exportingChanged(bool exporting);
    void exportProgress(int recordsWritten);
    void exportFinished(bool ok, const QString& text);

private:
    void onVerified(client::Reply<client::AuditVerifyResult> reply);
    void requestExportPage();
    void onExportPage(quint64 generation, client::Reply<client::AuditPage> page);
    void finishExport(bool ok, const QString& text);

    AuditSource m_source;
    AuditModel& m_model;

    bool m_verifying = false;
    std::optional<client::AuditVerifyResult> m_verdict;
    QString m_verifyText;
    std::optional<client::AuditRecordInfo> m_broken;

    std::unique_ptr<QSaveFile> m_file; // set while exporting
    QString m_exportPath;
    client::AuditQuery m_exportQuery;
    QString m_exportToken;
    int m_exportPageSize = client::AuditClient::kMaxPageSize;
    int m_exported = 0;
    QString m_exportText;
    quint64 m_exportGeneration = 0; // bumped on cancel: a page arriving later is dropped
};

} // namespace croupier::models

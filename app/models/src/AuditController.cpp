#include "croupier/models/AuditController.h"

#include "croupier/models/AuditCsv.h"
#include "croupier/models/AuditModel.h"

#include <QDir>
#include <QSaveFile>

namespace croupier::models {

AuditController::AuditController(AuditSource source, AuditModel& model, QObject* parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_model(model) {}

AuditController::~AuditController() = default; // an unfinished QSaveFile is discarded

// ---------------------------------------------------------------- verification

void AuditController::verifyChain() {
    if (m_verifying) {
        return;
    }
    m_verifying = true;
    m_verdict.reset();
    m_broken.reset();
    m_verifyText = tr("Verifying the audit chain…");
    emit verifyingChanged(true);
    using Verdict = client::Reply<client::AuditVerifyResult>;
    m_source.verify(
        client::guarded<Verdict>(this, [this](Verdict reply) { onVerified(std::move(reply)); }));
}

void AuditController::onVerified(client::Reply<client::AuditVerifyResult> reply) {
    m_verifying = false;
    emit verifyingChanged(false);
    if (!reply) {
        m_verifyText = tr("The chain could not be verified: %1").arg(reply.error().message);
        emit verifyFailed(reply.error());
        return;
    }
    m_verdict = *reply;
    const qint64 checked = reply->records;
    if (reply->ok) {
        m_verifyText = tr("The audit chain is intact: %n record(s) checked.", "", int(checked));
        emit verifyFinished(true, m_verifyText);
        return;
    }
    const qint64 seq = reply->firstBrokenSeq;
    m_verifyText =
        tr("The audit chain is broken at record #%1: %2").arg(QString::number(seq), reply->problem);
    emit verifyFinished(false, m_verifyText);
    if (seq > 0 && m_source.record) {
        using Found = client::Reply<std::optional<client::AuditRecordInfo>>;
        m_source.record(seq, client::guarded<Found>(this, [this, seq](Found r) {
                            // Only while this verdict stands (no newer verification started).
                            if (r && r->has_value() && m_verdict &&
                                m_verdict->firstBrokenSeq == seq) {
                                m_broken = **r;
                                emit brokenRecordLoaded(*m_broken);
                            }
                        }));
    }
}

// ---------------------------------------------------------------- export

void AuditController::exportCsv(const QString& path) {
    if (exporting() || path.isEmpty()) {
        return;
    }
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly) || file->write(AuditCsv::byteOrderMark() + AuditCsv::headerLine()) < 0) {
        m_exportText =
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file->errorString());
        emit exportFinished(false, m_exportText);
        return;
    }
    m_file = std::move(file);
    m_exportPath = path;
    m_exportQuery = m_model.query();
    m_exportToken.clear();
    m_exported = 0;
    m_exportText = tr("Exporting…");
    emit exportingChanged(true);
    emit exportProgress(0);
    requestExportPage();
}

void AuditController::cancelExport() {
    if (exporting()) {
        finishExport(false, tr("Export cancelled; no file was written."));
    }
}

void AuditController::requestExportPage() {
    const quint64 generation = m_exportGeneration;
    using Page = client::Reply<client::AuditPage>;
    m_source.query(m_exportQuery, m_exportToken, m_exportPageSize,
                   client::guarded<Page>(this, [this, generation](Page page) {
                       onExportPage(generation, std::move(page));
                   }));
}

void AuditController::onExportPage(quint64 generation, client::Reply<client::AuditPage> page) {
    if (generation != m_exportGeneration || !exporting()) {
        return;
    }
    if (!page) {
        finishExport(false, tr("Export failed: %1").arg(page.error().message));
        return;
    }
    for (const auto& record : page->records) {
        if (m_file->write(AuditCsv::line(record)) < 0) {
            finishExport(false,
                         tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(m_exportPath), m_file->errorString()));
            return;
        }
        ++m_exported;
    }
    emit exportProgress(m_exported);
    m_exportToken = page->nextPageToken;
    if (!m_exportToken.isEmpty()) {
        requestExportPage(); // the next page arrives later: the event loop runs meanwhile
        return;
    }
    if (!m_file->commit()) {
        finishExport(false,
                     tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(m_exportPath), m_file->errorString()));
        return;
    }
    finishExport(true, tr("Exported %n record(s) to %1.", "", m_exported)
                           .arg(QDir::toNativeSeparators(m_exportPath)));
}

void AuditController::finishExport(bool ok, const QString& text) {
    ++m_exportGeneration;
    m_file.reset(); // uncommitted: the target file is left as it was
    m_exportText = text;
    emit exportingChanged(false);
    emit exportFinished(ok, text);
}

} // namespace croupier::models

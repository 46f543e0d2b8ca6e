#pragma once
// The Audit page (leads, admins): a filter bar (AuditFilterBar) whose query the table runs on
// Enter or Apply; the records, newest first, fetched page by page as the table is scrolled
// (AuditModel); the selected record in full below it (AuditRecordView); "Verify chain" with its
// verdict and, when the chain is broken, a button showing the first broken record; "Export
// CSV…" of the records matching the applied filter, with progress, Cancel and the outcome.
// Loading, empty and error states are spelled out under the filters. The page only binds: the
// model and the controller talk to the server. The export asks for its file through a seam
// (setSavePathProvider) so tests never meet a modal dialog. The first time it is shown the page
// loads the newest records unless the owner set a query before.
// GUI thread; `model` and `controller` outlive the page.

#include <QWidget>
#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace croupier::models {
class AuditController;
class AuditModel;
} // namespace croupier::models

namespace croupier::client {
struct CallError;
}

namespace croupier::ui {

class AuditFilterBar;
class AuditRecordView;
class ErrorBanner;

class AuditPage final : public QWidget {
    Q_OBJECT
public:
    // Returns the file to export to, "" when the user cancelled.
    using SavePathProvider = std::function<QString()>;

    AuditPage(models::AuditModel& model, models::AuditController& controller,
              QWidget* parent = nullptr);

    // Default: QFileDialog::getSaveFileName over this page.
    void setSavePathProvider(SavePathProvider provider) { m_savePath = std::move(provider); }

    // Runs the filter bar's query (unless its time range is impossible: then says why).
    void applyFilters();
    void startExport();

    AuditFilterBar* filterBar() const { return m_filters; }
    QTableView* view() const { return m_view; }
    AuditRecordView* recordView() const { return m_record; }
    QString statusText() const;
    QString verifyText() const;
    QString exportText() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildActions();
    void connectModel();
    void connectController();
    void updateStatus();
    void showSelected();
    void onVerifyFinished(bool chainOk, const QString& text);
    void onExportingChanged(bool exporting);

    models::AuditModel& m_model;
    models::AuditController& m_controller;
    SavePathProvider m_savePath;
    AuditFilterBar* m_filters = nullptr;
    ErrorBanner* m_banner = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_view = nullptr;
    AuditRecordView* m_record = nullptr;
    QPushButton* m_verify = nullptr;
    QLabel* m_verifyResult = nullptr;
    QPushButton* m_showBroken = nullptr;
    QPushButton* m_export = nullptr;
    QProgressBar* m_exportProgress = nullptr;
    QPushButton* m_cancelExport = nullptr;
    QLabel* m_exportResult = nullptr;
};

} // namespace croupier::ui

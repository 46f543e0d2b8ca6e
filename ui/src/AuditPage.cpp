#include "croupier/ui/AuditPage.h"

#include "croupier/models/AuditController.h"
#include "croupier/models/AuditModel.h"
#include "croupier/ui/AuditFilterBar.h"
#include "croupier/ui/AuditRecordView.h"
#include "croupier/ui/ErrorBanner.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace croupier::ui {

using models::AuditModel;

AuditPage::AuditPage(models::AuditModel& model, models::AuditController& controller,
                     QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_controller(controller) {
    m_savePath = [this] {
        return QFileDialog::getSaveFileName(this, tr("Export audit records"),
                                            QDir::home().filePath(QStringLiteral("audit.csv")),
                                            tr("CSV files (*.csv);;All files (*)"));
    };
    m_filters = new AuditFilterBar(this);
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("auditErrorBanner"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatusLabel"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditTableView"));
    m_view->setModel(&m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(AuditModel::MessageColumn,
                                                     QHeaderView::Stretch);
    m_view->setColumnWidth(AuditModel::TimeColumn, 150);
    m_view->setColumnWidth(AuditModel::ActionColumn, 140);
    m_view->setColumnWidth(AuditModel::FunctionColumn, 120);
    m_view->setColumnWidth(AuditModel::TargetColumn, 120);
    m_record = new AuditRecordView(this);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("auditSplitter"));
    split->addWidget(m_view);
    split->addWidget(m_record);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addWidget(buildActions());
    setTabOrder(m_filters, m_view);
    setTabOrder(m_view, m_record);
    setTabOrder(m_record, m_verify);

    connect(m_filters, &AuditFilterBar::applyRequested, this, &AuditPage::applyFilters);
    connectModel();
    connectController();
    updateStatus();
}

QWidget* AuditPage::buildActions() {
    auto* box = new QWidget(this);
    m_verify = new QPushButton(tr("&Verify chain"), box);
    m_verify->setObjectName(QStringLiteral("verifyChainPushButton"));
    m_verify->setToolTip(tr("Check on the server that no audit record was changed or removed"));
    m_verifyResult = new QLabel(box);
    m_verifyResult->setObjectName(QStringLiteral("verifyResultLabel"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showBroken = new QPushButton(box);
    m_showBroken->setObjectName(QStringLiteral("showBrokenRecordPushButton"));
    m_showBroken->hide();
    m_export = new QPushButton(tr("&Export CSV…"), box);
    m_export->setObjectName(QStringLiteral("exportCsvPushButton"));
    m_export->setToolTip(tr("Save every record matching the applied filters as a CSV file"));
    m_exportProgress = new QProgressBar(box);
    m_exportProgress->setObjectName(QStringLiteral("exportProgressBar"));
    m_exportProgress->setRange(0, 0); // the total is unknown until the last page
    m_exportProgress->setMaximumWidth(120);
    m_exportProgress->hide();
    m_cancelExport = new QPushButton(tr("Cancel"), box);
    m_cancelExport->setObjectName(QStringLiteral("cancelExportPushButton"));
    m_cancelExport->hide();
    m_exportResult = new QLabel(box);
    m_exportResult->setObjectName(QStringLiteral("exportResultLabel"));
    m_exportResult->setWordWrap(true);
    m_exportResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_verify);
    row->addWidget(m_verifyResult, 1);
    row->addWidget(m_showBroken);
    row->addSpacing(12);
    row->addWidget(m_exportResult, 1);
    row->addWidget(m_exportProgress);
    row->addWidget(m_cancelExport);
    row->addWidget(m_export);
    setTabOrder(m_verify, m_showBroken);
    setTabOrder(m_showBroken, m_cancelExport);
    setTabOrder(m_cancelExport, m_export);

    connect(m_verify, &QPushButton::clicked, &m_controller, &models::AuditController::verifyChain);
    connect(m_showBroken, &QPushButton::clicked, this, [this] {
        if (auto broken = m_controller.brokenRecord()) {
            m_view->clearSelection();
            m_record->showRecord(*broken, tr("The first record whose hash or link does not "
                                             "match:"));
        }
    });
    connect(m_export, &QPushButton::clicked, this, &AuditPage::startExport);
    connect(m_cancelExport, &QPushButton::clicked, &m_controller,
            &models::AuditController::cancelExport);
    return box;
}

void AuditPage::connectModel() {
    connect(&m_model, &AuditModel::loadingChanged, this, &AuditPage::updateStatus);
    connect(&m_model, &AuditModel::pageLoaded, this, &AuditPage::updateStatus);
    connect(&m_model, &AuditModel::modelReset, this, [this] {
        m_banner->dismiss();
        m_record->showNothing();
        updateStatus();
    });
    connect(&m_model, &AuditModel::failed, this, [this](const client::CallError& error) {
        m_banner->showError(error);
        updateStatus();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::showSelected);
}

void AuditPage::connectController() {
    using models::AuditController;
    connect(&m_controller, &AuditController::verifyingChanged, this, [this](bool verifying) {
        m_verify->setEnabled(!verifying);
        if (verifying) {
            m_showBroken->hide();
            m_verifyResult->setStyleSheet({});
            m_verifyResult->setText(m_controller.verifyText());
        }
    });
    connect(&m_controller, &AuditController::verifyFinished, this, &AuditPage::onVerifyFinished);
    connect(&m_controller, &AuditController::verifyFailed, this, [this] {
        m_verifyResult->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_verifyResult->setText(m_controller.verifyText());
    });
    connect(&m_controller, &AuditController::brokenRecordLoaded, this,
            [this](const client::AuditRecordInfo& record) {
                m_showBroken->setText(tr("&Show record #%1").arg(record.seq));
                m_showBroken->show();
            });
    connect(&m_controller, &AuditController::exportingChanged, this,
            &AuditPage::onExportingChanged);
    connect(&m_controller, &AuditController::exportProgress, this, [this](int written) {
        m_exportResult->setStyleSheet({});
        m_exportResult->setText(tr("Exporting… %n record(s) written", "", written));
    });
    connect(&m_controller, &AuditController::exportFinished, this,
            [this](bool ok, const QString& text) {
                m_exportResult->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
                m_exportResult->setText(text);
            });
}

void AuditPage::onVerifyFinished(bool chainOk, const QString& text) {
    m_verifyResult->setStyleSheet(chainOk ? QStringLiteral("color: #2e7d32;")
                                          : QStringLiteral("color: #c62828; font-weight: bold;"));
    m_verifyResult->setText((chainOk ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + text);
}

void AuditPage::onExportingChanged(bool exporting) {
    m_export->setEnabled(!exporting);
    m_exportProgress->setVisible(exporting);
    m_cancelExport->setVisible(exporting);
}

void AuditPage::applyFilters() {
    if (const QString problem = m_filters->problem(); !problem.isEmpty()) {
        m_banner->showMessage(problem);
        return;
    }
    m_model.setQuery(m_filters->query());
}

void AuditPage::startExport() {
    if (m_controller.exporting()) {
        return;
    }
    const QString path = m_savePath ? m_savePath() : QString();
    if (!path.isEmpty()) {
        m_controller.exportCsv(path);
    }
}

void AuditPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_model.hasQuery()) {
        applyFilters();
    }
}

void AuditPage::showSelected() {
    const QModelIndex current = m_view->currentIndex();
    if (auto record = current.isValid() ? m_model.recordAt(current.row()) : std::nullopt) {
        m_record->showRecord(*record);
    } else {
        m_record->showNothing();
    }
}

void AuditPage::updateStatus() {
    const int rows = m_model.rowCount();
    QString text;
    if (!m_model.hasQuery()) {
        text = tr("Apply the filters to load audit records.");
    } else if (m_model.loading()) {
        text = rows == 0 ? tr("Loading audit records…")
                         : tr("%n record(s) shown; loading more…", "", rows);
    } else if (m_model.error()) {
        text = rows == 0 ? tr("The audit records could not be loaded.")
                         : tr("%n record(s) shown; the next page could not be loaded.", "", rows);
    } else if (rows == 0) {
        text = tr("No audit records match these filters.");
    } else if (m_model.atEnd()) {
        text = tr("%n record(s) match these filters.", "", rows);
    } else {
        text = tr("%n record(s) shown, newest first; scroll down for older ones.", "", rows);
    }
    m_status->setText(text);
}

QString AuditPage::statusText() const {
    return m_status->text();
}
QString AuditPage::verifyText() const {
    return m_verifyResult->text();
}
QString AuditPage::exportText() const {
    return m_exportResult->text();
}

} // namespace croupier::ui

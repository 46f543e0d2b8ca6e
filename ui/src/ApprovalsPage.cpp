#include "croupier/ui/ApprovalsPage.h"

#include "croupier/models/ApprovalsController.h"
#include "croupier/models/ApprovalsModel.h"
#include "croupier/ui/ApprovalDecisionDialog.h"
#include "croupier/ui/ApprovalDetailsView.h"
#include "croupier/ui/ErrorBanner.h"
#include "WidgetKit.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace croupier::ui {
namespace {

// The inbox's stream state, in the live pages' common look.
void showInboxLink(QLabel& label, LinkState state) {
    switch (state) {
    case LinkState::Live:
        showLinkState(label, state, ApprovalsPage::tr("Live"),
                      ApprovalsPage::tr("New requests and decisions appear as they happen."));
        return;
    case LinkState::Connecting:
        showLinkState(label, state, ApprovalsPage::tr("Connecting…"),
                      ApprovalsPage::tr("The list may be out of date until the connection is back."));
        return;
    case LinkState::Failed:
    case LinkState::Idle:
        break;
    }
    showLinkState(label, state, ApprovalsPage::tr("Not live"),
                  ApprovalsPage::tr("The inbox is not being updated."));
}

using Decision = ApprovalDecisionDialog::Decision;
using Model = models::ApprovalsModel;

QPushButton* viewButton(const QString& text, const QString& objectName, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setCheckable(true);
    b->setAutoDefault(false);
    return b;
}

} // namespace

ApprovalsPage::ApprovalsPage(models::ApprovalsController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller) {
    m_proxy = new models::ApprovalsFilterModel(this);
    m_proxy->setSourceModel(controller.model());
    m_proxy->setUsername(controller.username());
    buildLayout();
    wireController();
    updateCounts(controller.actionableCount());
    showInboxLink(*m_live, controller.live() ? LinkState::Live : LinkState::Connecting);
    refreshSelected();
    updateEmptyText();
}

void ApprovalsPage::buildLayout() {
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("approvalsTableView"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Model::AgeColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyInboxLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_empty);

    m_details = new ApprovalDetailsView(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_details);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(scroll, 1);
    rightLayout->addWidget(buildActionBar());

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("approvalsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({640, 460});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildViewBar());
    layout->addWidget(splitter, 1);
    setTabOrder(m_all, m_table);
    setTabOrder(m_table, m_approve);
    setTabOrder(m_approve, m_reject);
    setTabOrder(m_reject, m_cancel);
    setTabOrder(m_cancel, m_openJob);
}

QWidget* ApprovalsPage::buildViewBar() {
    auto* bar = new QWidget(this);
    m_waiting = viewButton(tr("&Waiting for me"), QStringLiteral("waitingForMePushButton"), bar);
    m_mine = viewButton(tr("&My requests"), QStringLiteral("myRequestsPushButton"), bar);
    m_all = viewButton(tr("A&ll"), QStringLiteral("allApprovalsPushButton"), bar);
    m_views = new QButtonGroup(this);
    m_views->setExclusive(true);
    m_views->addButton(m_waiting, static_cast<int>(View::WaitingForMe));
    m_views->addButton(m_mine, static_cast<int>(View::MyRequests));
    m_views->addButton(m_all, static_cast<int>(View::All));
    m_waiting->setChecked(true);
    connect(m_views, &QButtonGroup::idClicked, this,
            [this](int id) { setView(static_cast<View>(id)); });
    m_live = new QLabel(bar);
    m_live->setObjectName(QStringLiteral("inboxLiveLabel"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_waiting);
    layout->addWidget(m_mine);
    layout->addWidget(m_all);
    layout->addStretch(1);
    layout->addWidget(m_live);
    return bar;
}

QWidget* ApprovalsPage::buildActionBar() {
    auto* bar = new QWidget(this);
    m_blocked = new QLabel(bar);
    m_blocked->setObjectName(QStringLiteral("decisionBlockedLabel"));
    m_blocked->setWordWrap(true);
    m_blocked->setTextFormat(Qt::PlainText);
    m_approve = new QPushButton(tr("&Approve…"), bar);
    m_approve->setObjectName(QStringLiteral("approvePushButton"));
    m_reject = new QPushButton(tr("&Reject…"), bar);
    m_reject->setObjectName(QStringLiteral("rejectPushButton"));
    m_cancel = new QPushButton(tr("&Cancel request…"), bar);
    m_cancel->setObjectName(QStringLiteral("cancelRequestPushButton"));
    m_openJob = new QPushButton(tr("&Open job"), bar);
    m_openJob->setObjectName(QStringLiteral("openJobPushButton"));
    connect(m_approve, &QPushButton::clicked, this, &ApprovalsPage::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalsPage::rejectSelected);
    connect(m_cancel, &QPushButton::clicked, this, &ApprovalsPage::cancelSelected);
    connect(m_openJob, &QPushButton::clicked, this, [this] {
        if (const auto a = selectedApproval(); a && !a->jobId.isEmpty()) {
            emit jobOpenRequested(a->jobId, a->title());
        }
    });
    m_outcome = new QLabel(bar);
    m_outcome->setObjectName(QStringLiteral("decisionOutcomeLabel"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    m_error = new ErrorBanner(bar);
    m_error->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_openJob);
    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_blocked);
    layout->addLayout(buttons);
    layout->addWidget(m_outcome);
    layout->addWidget(m_error);
    return bar;
}

void ApprovalsPage::wireController() {
    using C = models::ApprovalsController;
    connect(&m_controller, &C::actionableCountChanged, this, &ApprovalsPage::updateCounts);
    connect(&m_controller, &C::actionFinished, this, &ApprovalsPage::onActionFinished);
    connect(&m_controller, &C::busyChanged, this, [this] { refreshSelected(); });
    connect(&m_controller, &C::liveChanged, this,
            [this](bool live) { showInboxLink(*m_live, live ? LinkState::Live : LinkState::Connecting); });
    connect(&m_controller, &C::watchFailed, this, [this](const QString& message) {
        showInboxLink(*m_live, LinkState::Failed);
        m_error->showMessage(message);
        m_error->show();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApprovalsPage::onSelectionChanged);
    Model* model = m_controller.model();
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { refreshSelected(); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &ApprovalsPage::updateEmptyText);
    }
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // A new user or a resynchronised inbox: "my requests" follows who is signed in.
        m_proxy->setUsername(m_controller.username());
        reselect();
        updateEmptyText();
    });
}

void ApprovalsPage::setView(View view) {
    m_proxy->setView(view);
    if (auto* b = m_views->button(static_cast<int>(view)); b != nullptr && !b->isChecked()) {
        b->setChecked(true);
    }
    reselect();
    updateEmptyText();
}

bool ApprovalsPage::selectApproval(const QString& approvalId) {
    if (m_controller.model()->rowOf(approvalId) < 0) {
        return false;
    }
    m_selectedId = approvalId;
    reselect();
    if (!m_table->selectionModel()->hasSelection()) {
        setView(View::All);
    }
    refreshSelected();
    return true;
}

std::optional<client::ApprovalInfo> ApprovalsPage::selectedApproval() const {
    return m_selectedId.isEmpty() ? std::nullopt : m_controller.approval(m_selectedId);
}

void ApprovalsPage::onSelectionChanged() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    // An empty selection because the row left the view (say, approved from "waiting for me")
    // keeps the details: the user sees what their decision did.
    if (!rows.isEmpty()) {
        m_selectedId = rows.first().data(Model::ApprovalIdRole).toString();
        m_outcome->clear();
        m_error->hide();
    }
    refreshSelected();
}

void ApprovalsPage::reselect() {
    const int sourceRow = m_controller.model()->rowOf(m_selectedId);
    const QModelIndex index = m_proxy->mapFromSource(m_controller.model()->index(sourceRow, 0));
    if (index.isValid()) {
        m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    refreshSelected();
}

void ApprovalsPage::refreshSelected() {
    const auto approval = selectedApproval();
    m_details->setApproval(approval);
    updateButtons(approval);
}

void ApprovalsPage::updateButtons(const std::optional<client::ApprovalInfo>& a) {
    const bool busy = m_controller.busy();
    const QString why = a ? m_controller.cannotDecideText(*a) : tr("Select an approval.");
    const bool mayDecide = a && why.isEmpty();
    m_approve->setEnabled(mayDecide && !busy);
    m_reject->setEnabled(mayDecide && !busy);
    m_approve->setToolTip(why);
    m_reject->setToolTip(why);
    // The requester's own pending request: what they can do is cancel it.
    const bool mayCancel = a && m_controller.canCancel(*a);
    m_cancel->setVisible(mayCancel);
    m_cancel->setEnabled(mayCancel && !busy);
    const bool ran = a && a->state == client::ApprovalState::Executed && !a->jobId.isEmpty();
    m_openJob->setVisible(ran);
    m_blocked->setText(why);
    m_blocked->setVisible(!why.isEmpty());
}

void ApprovalsPage::updateCounts(int actionable) {
    m_waiting->setText(actionable > 0 ? tr("&Waiting for me (%1)").arg(actionable)
                                      : tr("&Waiting for me"));
    updateEmptyText();
}

void ApprovalsPage::updateEmptyText() {
    if (m_proxy->rowCount() > 0) {
        m_empty->hide();
        return;
    }
    switch (view()) {
    case View::WaitingForMe:
        m_empty->setText(tr("Nothing is waiting for your decision."));
        break;
    case View::MyRequests:
        m_empty->setText(tr("You have no requests waiting for approval or decided."));
        break;
    case View::All:
        m_empty->setText(tr("No approvals to show."));
        break;
    }
    m_empty->show();
}

void ApprovalsPage::approveSelected() {
    openDialog(static_cast<int>(Decision::Approve));
}
void ApprovalsPage::rejectSelected() {
    openDialog(static_cast<int>(Decision::Reject));
}
void ApprovalsPage::cancelSelected() {
    openDialog(static_cast<int>(Decision::Cancel));
}

void ApprovalsPage::openDialog(int decision) {
    const auto a = selectedApproval();
    const auto d = static_cast<Decision>(decision);
    const bool allowed = d == Decision::Cancel ? (a && m_controller.canCancel(*a))
                                               : (a && m_controller.cannotDecideText(*a).isEmpty());
    if (!allowed || m_dialog != nullptr || m_controller.busy()) {
        return;
    }
    m_dialog = new ApprovalDecisionDialog(d, *a, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = a->approvalId;
    connect(m_dialog, &QDialog::accepted, this,
            [this, decision, id] { onDecided(decision, id, m_dialog->text()); });
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    m_dialog->open();
}

void ApprovalsPage::onDecided(int decision, const QString& approvalId, const QString& text) {
    m_outcome->clear();
    m_error->hide();
    switch (static_cast<Decision>(decision)) {
    case Decision::Approve:
        m_controller.approve(approvalId, text);
        break;
    case Decision::Reject:
        m_controller.reject(approvalId, text);
        break;
    case Decision::Cancel:
        m_controller.cancel(approvalId, text);
        break;
    }
}

void ApprovalsPage::onActionFinished(bool ok, const QString& message) {
    if (ok) {
        m_error->hide();
        m_outcome->setText(message);
    } else {
        m_outcome->clear();
        m_error->showMessage(message);
        m_error->show();
    }
}

QString ApprovalsPage::blockedReason() const {
    return m_blocked->isVisibleTo(this) ? m_blocked->text() : QString();
}

QString ApprovalsPage::outcomeText() const {
    return m_error->isVisibleTo(this) ? m_error->text() : m_outcome->text();
}

} // namespace croupier::ui

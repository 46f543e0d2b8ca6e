#include "croupier/ui/RegistrationsPage.h"

#include "croupier/models/AgentsModel.h"
#include "croupier/models/FunctionRegistrationsModel.h"
#include "croupier/models/RegistrationsFilterModel.h"
#include "croupier/ui/ErrorBanner.h"
#include "croupier/ui/KillSwitchDialog.h"
#include "WidgetKit.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace croupier::ui {
namespace {

using models::AgentsModel;
using models::FunctionRegistrationsModel;
using models::RegistrationsController;
using models::RegistrationsFilterModel;

// What the function combo's items carry: where the function lives.
QStringList functionRef(const QString& gameId, const QString& env, const QString& id) {
    return {gameId, env, id};
}

LinkState linkState(RegistrationsController::Link link) {
    switch (link) {
    case RegistrationsController::Link::Live:
        return LinkState::Live;
    case RegistrationsController::Link::Connecting:
        return LinkState::Connecting;
    case RegistrationsController::Link::Failed:
        return LinkState::Failed;
    case RegistrationsController::Link::Idle:
        break;
    }
    return LinkState::Idle;
}

} // namespace

RegistrationsPage::RegistrationsPage(RegistrationsController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_agentsProxy(new RegistrationsFilterModel(this))
    , m_functionsProxy(new RegistrationsFilterModel(this)) {
    setObjectName(QStringLiteral("registrationsPage"));
    m_agentsProxy->setSourceModel(controller.agents());
    m_functionsProxy->setSourceModel(controller.functions());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    m_stack = new QStackedWidget(this);
    m_agentsView =
        buildTable(m_agentsProxy, QStringLiteral("agentsTableView"), AgentsModel::AgentColumn);
    m_functionsView = buildTable(m_functionsProxy, QStringLiteral("functionsTableView"),
                                 FunctionRegistrationsModel::FunctionColumn);
    m_stack->addWidget(m_agentsView);
    m_stack->addWidget(m_functionsView);
    layout->addWidget(m_stack, 1);
    // Room for what the columns usually hold; the last one stretches.
    for (const auto& [column, width] : {std::pair{AgentsModel::StatusColumn, 115},
                                        {AgentsModel::AgentColumn, 130},
                                        {AgentsModel::VersionColumn, 75},
                                        {AgentsModel::AddressColumn, 140},
                                        {AgentsModel::LabelsColumn, 190},
                                        {AgentsModel::FunctionsColumn, 80}}) {
        m_agentsView->setColumnWidth(column, width);
    }
    m_functionsView->setColumnWidth(FunctionRegistrationsModel::FunctionColumn, 170);
    m_functionsView->setColumnWidth(FunctionRegistrationsModel::StateColumn, 150);
    m_functionsView->setColumnWidth(FunctionRegistrationsModel::VersionColumn, 75);
    m_functionsView->setColumnWidth(FunctionRegistrationsModel::AgentsColumn, 300);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 6);
    auto* detailsBox = new QGroupBox(tr("Details"), this);
    auto* detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->addWidget(m_details);
    layout->addWidget(detailsBox);
    layout->addWidget(buildKillSwitch());

    for (auto* model : {static_cast<QAbstractItemModel*>(m_agentsProxy),
                        static_cast<QAbstractItemModel*>(m_functionsProxy)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &RegistrationsPage::updateCounts);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &RegistrationsPage::updateCounts);
        connect(model, &QAbstractItemModel::modelReset, this, &RegistrationsPage::updateCounts);
        connect(model, &QAbstractItemModel::dataChanged, this, &RegistrationsPage::refreshDetails);
    }
    connect(&controller, &RegistrationsController::linkChanged, this,
            &RegistrationsPage::updateLink);
    connect(&controller, &RegistrationsController::permissionChanged, this,
            &RegistrationsPage::updateSwitchButtons);
    connect(&controller, &RegistrationsController::busyChanged, this,
            &RegistrationsPage::updateSwitchButtons);
    connect(&controller, &RegistrationsController::assignmentSucceeded, this,
            &RegistrationsPage::onSucceeded);
    connect(&controller, &RegistrationsController::assignmentFailed, this,
            &RegistrationsPage::onFailed);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    setTabOrder(m_agentsButton, m_functionsButton);
    setTabOrder(m_functionsButton, m_search);
    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_agentsView);
    setTabOrder(m_agentsView, m_functionsView);
    setTabOrder(m_functionsView, m_function);
    setTabOrder(m_function, m_target);
    setTabOrder(m_target, m_disable);
    setTabOrder(m_disable, m_enable);
    setView(View::Agents);
    updateCounts();
    updateLink();
}

RegistrationsPage::~RegistrationsPage() {
    if (m_dialog != nullptr) {
        m_dialog->disconnect(this); // its destruction must not update a half-destroyed page
        delete m_dialog;
    }
}

// ---------------------------------------------------------------- layout

QWidget* RegistrationsPage::buildHeader() {
    auto* header = new QWidget(this);
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    auto* group = new QButtonGroup(header);
    m_agentsButton = new QToolButton(header);
    m_agentsButton->setObjectName(QStringLiteral("agentsToolButton"));
    m_functionsButton = new QToolButton(header);
    m_functionsButton->setObjectName(QStringLiteral("functionsToolButton"));
    for (auto* button : {m_agentsButton, m_functionsButton}) {
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        group->addButton(button);
        row->addWidget(button);
    }
    group->setExclusive(true);
    connect(m_agentsButton, &QToolButton::clicked, this, [this] { setView(View::Agents); });
    connect(m_functionsButton, &QToolButton::clicked, this, [this] { setView(View::Functions); });
    row->addSpacing(12);
    m_search = new QLineEdit(header);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search id, address, label, function… (Ctrl+F)"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_agentsProxy->setSearchText(text);
        m_functionsProxy->setSearchText(text);
        updateCounts();
    });
    row->addWidget(m_search, 1);
    m_statusFilter = new QComboBox(header);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_statusFilter->setToolTip(tr("Show only rows in this state"));
    connect(m_statusFilter, &QComboBox::activated, this, [this] {
        const int status = m_statusFilter->currentData().toInt();
        (m_view == View::Agents ? m_agentsStatus : m_functionsStatus) = status;
        (m_view == View::Agents ? m_agentsProxy : m_functionsProxy)->setStatusFilter(status);
        updateCounts();
    });
    row->addWidget(m_statusFilter);
    row->addSpacing(12);
    m_link = new QLabel(header);
    m_link->setObjectName(QStringLiteral("linkStateLabel"));
    m_link->setTextFormat(Qt::PlainText);
    row->addWidget(m_link);
    return header;
}

QTableView* RegistrationsPage::buildTable(RegistrationsFilterModel* proxy, const QString& name,
                                          int sortColumn) {
    auto* view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultSectionSize(110);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RegistrationsPage::onSelectionChanged);
    return view;
}

QWidget* RegistrationsPage::buildKillSwitch() {
    auto* box = new QGroupBox(tr("Kill switch"), this);
    auto* column = new QVBoxLayout(box);
    auto* row = new QHBoxLayout;
    auto* functionLabel = new QLabel(tr("F&unction:"), box);
    m_function = new QComboBox(box);
    m_function->setObjectName(QStringLiteral("switchFunctionComboBox"));
    m_function->setMinimumContentsLength(18);
    m_function->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    functionLabel->setBuddy(m_function);
    auto* targetLabel = new QLabel(tr("&Where:"), box);
    m_target = new QComboBox(box);
    m_target->setObjectName(QStringLiteral("switchTargetComboBox"));
    m_target->setMinimumContentsLength(16);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    targetLabel->setBuddy(m_target);
    m_disable = new QPushButton(tr("&Disable…"), box);
    m_disable->setObjectName(QStringLiteral("disablePushButton"));
    m_enable = new QPushButton(tr("E&nable…"), box);
    m_enable->setObjectName(QStringLiteral("enablePushButton"));
    connect(m_disable, &QPushButton::clicked, this, [this] { requestSwitch(false); });
    connect(m_enable, &QPushButton::clicked, this, [this] { requestSwitch(true); });
    row->addWidget(functionLabel);
    row->addWidget(m_function, 2);
    row->addWidget(targetLabel);
    row->addWidget(m_target, 1);
    row->addWidget(m_disable);
    row->addWidget(m_enable);
    column->addLayout(row);
    m_notice = new QLabel(box);
    m_notice->setObjectName(QStringLiteral("switchNoticeLabel"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();
    column->addWidget(m_notice);
    m_error = new ErrorBanner(box);
    m_error->setObjectName(QStringLiteral("switchErrorBanner"));
    m_error->hide();
    column->addWidget(m_error);
    return box;
}

// ---------------------------------------------------------------- views and filters

void RegistrationsPage::setView(View view) {
    m_view = view;
    m_agentsButton->setChecked(view == View::Agents);
    m_functionsButton->setChecked(view == View::Functions);
    m_stack->setCurrentWidget(view == View::Agents ? m_agentsView : m_functionsView);
    fillStatusFilter();
    onSelectionChanged();
}

void RegistrationsPage::fillStatusFilter() {
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("All states"), -1);
    if (m_view == View::Agents) {
        for (auto s : {AgentsModel::Status::Online, AgentsModel::Status::Stale,
                       AgentsModel::Status::Connecting, AgentsModel::Status::Offline}) {
            m_statusFilter->addItem(AgentsModel::statusText(s), static_cast<int>(s));
        }
    } else {
        using State = FunctionRegistrationsModel::State;
        for (auto s : {State::Serving, State::NoAgent, State::Disabled}) {
            m_statusFilter->addItem(FunctionRegistrationsModel::stateText(s), static_cast<int>(s));
        }
    }
    const int wanted = m_view == View::Agents ? m_agentsStatus : m_functionsStatus;
    m_statusFilter->setCurrentIndex(std::max(0, m_statusFilter->findData(wanted)));
}

void RegistrationsPage::updateCounts() {
    const auto counted = [](const QAbstractItemModel* shown, const QAbstractItemModel* all) {
        const int n = shown->rowCount();
        const int total = all->rowCount();
        return n == total ? QString::number(total) : tr("%1 of %2").arg(n).arg(total);
    };
    m_agentsButton->setText(tr("&Agents (%1)").arg(counted(m_agentsProxy, m_controller.agents())));
    m_functionsButton->setText(
        tr("&Functions (%1)").arg(counted(m_functionsProxy, m_controller.functions())));
}

void RegistrationsPage::updateLink() {
    const auto link = m_controller.link();
    showLinkState(*m_link, linkState(link), m_controller.linkText(),
                  link == RegistrationsController::Link::Live
                      ? tr("Changes appear as they happen.")
                      : tr("The list may be out of date until the connection is back."));
}

// ---------------------------------------------------------------- selection and details

QString RegistrationsPage::selectedAgentId() const {
    const QModelIndex current = m_agentsView->selectionModel()->currentIndex();
    return current.isValid() ? current.data(AgentsModel::AgentIdRole).toString() : QString();
}

QString RegistrationsPage::selectedFunctionKey() const {
    const QModelIndex current = m_functionsView->selectionModel()->currentIndex();
    return current.isValid() ? current.data(FunctionRegistrationsModel::KeyRole).toString()
                             : QString();
}

bool RegistrationsPage::selectAgent(const QString& agentId) {
    const int row = m_controller.agents()->rowOf(agentId);
    const QModelIndex index = m_agentsProxy->mapFromSource(m_controller.agents()->index(row, 0));
    if (!index.isValid()) {
        return false;
    }
    setView(View::Agents);
    m_agentsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    return true;
}

bool RegistrationsPage::selectFunction(const QString& key) {
    const int row = m_controller.functions()->rowOf(key);
    const QModelIndex index =
        m_functionsProxy->mapFromSource(m_controller.functions()->index(row, 0));
    if (!index.isValid()) {
        return false;
    }
    setView(View::Functions);
    m_functionsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
    return true;
}

void RegistrationsPage::onSelectionChanged() {
    refreshDetails();
    updateSwitchTargets();
}

void RegistrationsPage::refreshDetails() {
    QString text;
    if (m_view == View::Agents) {
        const int row = m_controller.agents()->rowOf(selectedAgentId());
        text = row >= 0 ? m_controller.agents()->detailsText(row) : QString();
    } else {
        const int row = m_controller.functions()->rowOf(selectedFunctionKey());
        text = row >= 0 ? m_controller.functions()->index(row, 0).data(Qt::ToolTipRole).toString()
                        : QString();
    }
    m_details->setText(text.isEmpty() ? tr("Select a row to see its details.") : text);
}

KillSwitchDialog* RegistrationsPage::killSwitchDialog() const {
    return m_dialog;
}

QString RegistrationsPage::detailsText() const {
    return m_details->text();
}
QString RegistrationsPage::noticeText() const {
    return m_notice->isVisible() ? m_notice->text() : QString();
}
QString RegistrationsPage::linkText() const {
    return m_link->text();
}

// ---------------------------------------------------------------- kill switch

void RegistrationsPage::updateSwitchTargets() {
    m_function->clear();
    m_target->clear();
    if (m_view == View::Functions) {
        if (const auto f = m_controller.functions()->function(selectedFunctionKey())) {
            m_function->addItem(f->functionId, functionRef(f->gameId, f->env, f->functionId));
            m_target->addItem(tr("Every agent"), QString());
            for (const QString& agentId : f->agentIds) {
                m_target->addItem(tr("Agent %1").arg(agentId), agentId);
            }
        }
    } else if (const auto a = m_controller.agents()->agent(selectedAgentId())) {
        for (const QString& functionId : a->functions) {
            m_function->addItem(functionId, functionRef(a->gameId, a->env, functionId));
        }
        m_target->addItem(tr("Agent %1").arg(a->agentId), a->agentId);
        m_target->addItem(tr("Every agent"), QString());
    }
    updateSwitchButtons();
}

void RegistrationsPage::updateSwitchButtons() {
    const bool chosen = m_function->count() > 0;
    const bool allowed = m_controller.canSwitch();
    const bool ready = allowed && chosen && !m_controller.busy() && m_dialog == nullptr;
    m_function->setEnabled(chosen && m_function->count() > 1);
    m_target->setEnabled(chosen);
    const QString why = !allowed  ? m_controller.switchBlockedReason()
                        : !chosen ? tr("Select a function, or an agent, first.")
                                  : QString();
    for (auto* button : {m_disable, m_enable}) {
        button->setEnabled(ready);
        button->setToolTip(why);
    }
}

void RegistrationsPage::requestSwitch(bool enable) {
    if (m_dialog != nullptr || m_function->count() == 0) {
        return;
    }
    const QStringList ref = m_function->currentData().toStringList();
    const QString agentId = m_target->currentData().toString();
    m_dialog = new KillSwitchDialog(ref.value(2), agentId, enable, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, ref, agentId, enable] {
        onConfirmed(ref, agentId, enable, m_dialog->reason());
    });
    connect(m_dialog, &QObject::destroyed, this, &RegistrationsPage::updateSwitchButtons);
    updateSwitchButtons();
    m_dialog->open();
}

void RegistrationsPage::onConfirmed(const QStringList& ref, const QString& agentId, bool enable,
                                    const QString& reason) {
    m_notice->hide();
    m_error->dismiss();
    m_controller.setFunctionEnabled(ref.value(2), agentId, enable, reason,
                                    client::Scope{ref.value(0), ref.value(1)});
}

void RegistrationsPage::onSucceeded(const QString& message) {
    m_error->dismiss();
    m_notice->setText(message);
    QPalette palette = m_notice->palette();
    palette.setColor(QPalette::WindowText, AgentsModel::statusColour(AgentsModel::Status::Online));
    m_notice->setPalette(palette);
    m_notice->show();
}

void RegistrationsPage::onFailed(const client::CallError& error) {
    m_notice->hide();
    m_error->showError(error);
}

} // namespace croupier::ui

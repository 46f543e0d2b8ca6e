// The shipped translations: every zh_CN message is translated and keeps its placeholders and
// accelerators, the compiled catalogs load, and real widgets, models and client errors then
// speak Chinese (or proper English plurals). A tr() string added without a translation fails
// NoZhMessageIsUnfinished with the list of what to translate (scripts/update-translations).
#include "croupier/client/CallError.h"
#include "croupier/client/ConnectionProfile.h"
#include "croupier/client/JobInfo.h"
#include "croupier/client/ServerConnection.h"
#include "croupier/client/TokenVault.h"
#include "croupier/models/JobsModel.h"
#include "croupier/ui/ErrorBanner.h"
#include "croupier/ui/LoginDialog.h"
#include "croupier/ui/RiskBadge.h"
#include "croupier/ui/RiskBanner.h"
#include "UiTestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <ostream>
#include <set>
#include <vector>

namespace croupier::ui {
namespace {

const QString kTsDir = QStringLiteral(CROUPIER_TS_DIR);
const QString kQmDir = QStringLiteral(CROUPIER_QM_DIR);

// One <message> of a .ts file.
struct TsMessage {
    QString context;
    QString source;
    QString type;              // "", "unfinished", "vanished", "obsolete"
    QStringList translations;  // one, or one per numerus form
    bool numerus = false;

    bool shipped() const {
        return type != QLatin1String("vanished") && type != QLatin1String("obsolete");
    }
    QString where() const { return context + QStringLiteral(" | ") + source; }
};

void readTranslation(QXmlStreamReader& xml, TsMessage& message) {
    message.type = xml.attributes().value(QLatin1String("type")).toString();
    if (!message.numerus) {
        message.translations << xml.readElementText();
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("numerusform")) {
            message.translations << xml.readElementText();
        } else {
            xml.skipCurrentElement();
        }
    }
}

TsMessage readMessage(QXmlStreamReader& xml, const QString& context) {
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            readTranslation(xml, message);
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

// Every message of `fileName` in the source tree; a parse error fails the calling test.
std::vector<TsMessage> readTs(const QString& fileName) {
    QFile file(kTsDir + QLatin1Char('/') + fileName);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    std::vector<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            messages.push_back(readMessage(xml, context));
        }
    }
    EXPECT_FALSE(xml.hasError()) << fileName.toStdString() << ": "
                                 << xml.errorString().toStdString();
    return messages;
}

std::string listOf(const QStringList& lines) {
    return (QStringLiteral("\n  ") + lines.join(QStringLiteral("\n  "))).toStdString();
}

// %1..%99 and %n, as a set: a translation may reorder them but not drop or invent one.
std::set<QString> placeholders(const QString& text) {
    static const QRegularExpression kPlaceholder(QStringLiteral("%(\\d{1,2}|n)"));
    std::set<QString> found;
    for (const auto& match : kPlaceholder.globalMatch(text)) {
        found.insert(match.captured());
    }
    return found;
}

bool hasAccelerator(QString text) {
    return text.remove(QStringLiteral("&&")).contains(QLatin1Char('&'));
}

// Installs one compiled catalog for the duration of a test.
class Catalog {
public:
    explicit Catalog(const QString& language) {
        m_loaded = m_translator.load(kQmDir + QStringLiteral("/croupier_") + language);
        if (m_loaded) {
            QCoreApplication::installTranslator(&m_translator);
        }
    }
    ~Catalog() { QCoreApplication::removeTranslator(&m_translator); }
    Catalog(const Catalog&) = delete;
    Catalog& operator=(const Catalog&) = delete;

    bool loaded() const { return m_loaded; }
    QString language() const { return m_translator.language(); }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

QString zh(const char* context, const char* source) {
    return QCoreApplication::translate(context, source);
}

TEST(TranslationsTest, NoZhMessageIsUnfinished) {
    const auto messages = readTs(QStringLiteral("croupier_zh_CN.ts"));
    QStringList missing;
    int shipped = 0;
    for (const TsMessage& m : messages) {
        if (!m.shipped()) {
            continue;
        }
        ++shipped;
        const bool empty = m.translations.isEmpty() ||
                           std::any_of(m.translations.begin(), m.translations.end(),
                                       [](const QString& t) { return t.trimmed().isEmpty(); });
        if (m.type == QLatin1String("unfinished") || empty) {
            missing << m.where();
        }
    }
    EXPECT_GT(shipped, 200) << "the zh_CN catalog lost its messages (lupdate not run?)";
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " zh_CN message(s) to translate in "
                                   << "resources/translations/croupier_zh_CN.ts (run "
                                   << "scripts/update-translations):" << listOf(missing);
}

TEST(TranslationsTest, ZhKeepsPlaceholdersAndAccelerators) {
    QStringList wrong;
    for (const TsMessage& m : readTs(QStringLiteral("croupier_zh_CN.ts"))) {
        if (!m.shipped()) {
            continue;
        }
        for (const QString& t : m.translations) {
            if (!t.isEmpty() && (placeholders(t) != placeholders(m.source) ||
                                 hasAccelerator(t) != hasAccelerator(m.source))) {
                wrong << m.where() + QStringLiteral(" -> ") + t;
            }
        }
    }
    EXPECT_TRUE(wrong.isEmpty()) << "placeholders or & accelerators differ:" << listOf(wrong);
}

TEST(TranslationsTest, EnHasBothPluralForms) {
    QStringList missing;
    int numerus = 0;
    for (const TsMessage& m : readTs(QStringLiteral("croupier_en.ts"))) {
        if (!m.shipped() || !m.numerus) {
            continue;
        }
        ++numerus;
        if (m.type == QLatin1String("unfinished") || m.translations.size() != 2 ||
            m.translations[0].isEmpty() || m.translations[1].isEmpty()) {
            missing << m.where();
        }
    }
    EXPECT_GT(numerus, 0);
    EXPECT_TRUE(missing.isEmpty()) << "%n messages need a singular and a plural in "
                                   << "croupier_en.ts:" << listOf(missing);
}

TEST(TranslationsTest, ZhCatalogLoadsAndTranslatesKeyStrings) {
    Catalog catalog(QStringLiteral("zh_CN"));
    ASSERT_TRUE(catalog.loaded()) << "cannot load croupier_zh_CN.qm from " << kQmDir.toStdString();
    EXPECT_EQ(catalog.language(), QStringLiteral("zh_CN"));
    EXPECT_EQ(zh("croupier::ui::LoginDialog", "Sign in"), QStringLiteral("登录"));
    EXPECT_EQ(zh("croupier::ui::LoginDialog", "&Password:"), QStringLiteral("密码(&P)："));
    EXPECT_EQ(zh("croupier::ui::InvokePage", "Run…"), QStringLiteral("执行…"));
    EXPECT_EQ(zh("croupier::ui::JobPanel", "Cancelling…"), QStringLiteral("正在取消…"));
    EXPECT_EQ(zh("croupier::ui::MainWindow", "● Reconnecting…"), QStringLiteral("● 正在重连…"));
    EXPECT_EQ(zh("croupier::models::CatalogModel", "Disabled (kill switch)"),
              QStringLiteral("已禁用（紧急开关）"));
    EXPECT_EQ(zh("croupier::models::CatalogModel", "No agent online"),
              QStringLiteral("没有在线的 Agent"));
    EXPECT_EQ(zh("croupier::client::LocalServer", "The local server crashed."),
              QStringLiteral("本地服务器已崩溃。"));
}

TEST(TranslationsTest, WidgetsAndModelsShowChinese) {
    Catalog catalog(QStringLiteral("zh_CN"));
    ASSERT_TRUE(catalog.loaded());
    LoginDialog login;
    EXPECT_EQ(login.windowTitle(), QStringLiteral("登录 Croupier"));
    auto* signIn = login.findChild<QPushButton*>(QStringLiteral("signInPushButton"));
    ASSERT_NE(signIn, nullptr);
    EXPECT_EQ(signIn->text(), QStringLiteral("登录"));

    RiskBadge badge(core::RiskLevel::High);
    EXPECT_EQ(badge.text(), QStringLiteral("高风险"));
    EXPECT_EQ(models::JobsModel::statusText(client::JobStatus::AwaitingApproval),
              QStringLiteral("待审批"));

    core::ApprovalSpec approval;
    approval.enabled = true;
    approval.threshold = 2;
    EXPECT_EQ(RiskBanner::approvalNotice(approval),
              QStringLiteral("该函数需经 2 名审批人批准后才会执行。"));
    client::CallError limited;
    limited.kind = client::CallError::Kind::RateLimited;
    limited.retryAfterMs = 3000;
    EXPECT_TRUE(ErrorBanner::describe(limited).endsWith(QStringLiteral("3 秒后可重试。")))
        << ErrorBanner::describe(limited).toStdString();
}

// Client errors come from free functions and non-QObject classes: the context they translate
// in at run time must be the one lupdate filed them under.
TEST(TranslationsTest, ClientErrorsShowChinese) {
    Catalog catalog(QStringLiteral("zh_CN"));
    ASSERT_TRUE(catalog.loaded());
    EXPECT_EQ(client::TokenVault::unavailableNotice(),
              QStringLiteral("没有可用的系统钥匙串：下次启动时需要重新登录。"));
    client::TokenVault vault(nullptr);
    client::ServerConnection connection(vault);
    client::ConnectionProfile noAddress;
    noAddress.name = QStringLiteral("empty");
    const auto opened = connection.connectTo(noAddress);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().message, QStringLiteral("连接配置中没有服务器地址。"));
}

TEST(TranslationsTest, EnglishCatalogGivesPluralForms) {
    Catalog catalog(QStringLiteral("en"));
    ASSERT_TRUE(catalog.loaded());
    core::ApprovalSpec approval;
    approval.enabled = true;
    approval.threshold = 1;
    EXPECT_EQ(RiskBanner::approvalNotice(approval),
              QStringLiteral("This function needs approval by 1 approver before it runs."));
    approval.threshold = 3;
    EXPECT_EQ(RiskBanner::approvalNotice(approval),
              QStringLiteral("This function needs approval by 3 approvers before it runs."));
    RiskBadge badge(core::RiskLevel::High);
    EXPECT_EQ(badge.text(), QStringLiteral("High risk")); // unfinished = the source text
}

} // namespace
} // namespace croupier::ui

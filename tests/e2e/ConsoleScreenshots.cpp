// croupier-console-screenshots: renders the console's main pages offscreen to PNG files for the
// README's tour, signed in to a real server with a real demo agent (as the e2e tests are).
//   croupier-console-screenshots OUTPUT_DIR [--language en|zh_CN]
// Files: catalog-invoke.png (player.ban's form), confirm.png (its confirmation),
// jobs.png (the Jobs page with a running export and its job panel).
#include "ConsoleApp.h"
#include "ProcessBackend.h"

#include "croupier/client/TokenVault.h"
#include "croupier/ui/ConfirmDialog.h"
#include "croupier/ui/InvokePage.h"
#include "croupier/ui/MainWindow.h"
#include "croupier/ui/SchemaForm.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <cstdio>

using namespace croupier;

namespace {

bool save(QWidget& widget, const QDir& dir, const QString& name) {
    const QString path = dir.filePath(name);
    const bool ok = widget.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED to write", qPrintable(path));
    return ok;
}

bool waitUntil(const std::function<bool()>& pred, int ms = 20000) {
    return QTest::qWaitFor(pred, ms);
}

int run(const QDir& out) {
    testing::ProcessBackend backend(CROUPIER_SERVER_BIN, CROUPIER_DEMO_AGENT_BIN, 400);
    console::ConsoleApp app(std::make_unique<client::TokenVault>(nullptr));
    console::StartOptions options;
    client::ConnectionProfile profile;
    profile.name = "Demo";
    profile.address = QString::fromStdString(backend.address());
    profile.caFile = QString::fromStdString(backend.caFile());
    options.profile = profile;
    options.username = "admin";
    options.password = QString::fromStdString(backend.adminPassword());
    app.start(options);
    auto& window = app.window();
    window.resize(1280, 800);
    if (!waitUntil([&] {
            auto f = app.catalog().functionById("player.ban");
            return f && f->available();
        })) {
        std::fprintf(stderr, "the demo functions never showed up\n");
        return 1;
    }
    window.selectFunction("player.ban");
    waitUntil([&] { return app.invoke().function().has_value(); });
    auto* page = window.invokePage();
    if (auto* id = qobject_cast<QLineEdit*>(page->form()->editorFor("/player_id"))) {
        id->setText("player_1001");
    }
    QTest::qWait(300);
    bool ok = save(window, out, "catalog-invoke.png");
    page->submit();
    if (waitUntil([&] { return page->confirmDialog() != nullptr; }, 3000)) {
        QTest::qWait(200);
        ok = save(*page->confirmDialog(), out, "confirm.png") && ok;
        page->confirmDialog()->reject();
    }
    window.selectFunction("player.export");
    waitUntil([&] { return app.invoke().function() && app.invoke().function()->id() ==
                                                          "player.export"; });
    QSignalSpy started(&app.invoke(), &models::InvokeController::jobStarted);
    app.invoke().submit(nlohmann::json{{"format", "csv"}}, true);
    started.wait(10000);
    QTest::qWait(2500);
    window.showJobsPage();
    QTest::qWait(300);
    ok = save(window, out, "jobs.png") && ok;
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication qapp(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Croupier"));
    QApplication::setApplicationName(QStringLiteral("croupier-console-screenshots"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2 || args.contains("--help") || args.contains("-h")) {
        std::printf("usage: croupier-console-screenshots OUTPUT_DIR [--language en|zh_CN]\n"
                    "  Starts croupier-server and a demo agent, signs the console in and saves\n"
                    "  catalog-invoke.png, confirm.png and jobs.png to OUTPUT_DIR.\n");
        return args.size() < 2 ? 2 : 0;
    }
    const int lang = static_cast<int>(args.indexOf("--language"));
    const QString language = lang > 0 && lang + 1 < args.size() ? args[lang + 1] : "en";
    QLocale::setDefault(QLocale(language));
    QTranslator translator;
    if (translator.load(QLocale(language), "croupier", "_", ":/i18n")) {
        QApplication::installTranslator(&translator);
    }
    QTranslator qtTranslator; // Qt's own strings (Cancel, OK)
    if (qtTranslator.load(QLocale(language), "qtbase", "_",
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QDir out(args[1]);
    out.mkpath(".");
    return run(out);
}

// croupier-console: parses the command line, loads the translation, builds the ConsoleApp.
#include "ConsoleApp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

namespace {

using croupier::console::StartOptions;

// The saved language ("en", "zh_CN"), else the system's.
void loadTranslations(QApplication& app) {
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("croupier"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(ours);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
}

// Reads the options; exits with a message on a bad one.
StartOptions parseOptions(const QApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Croupier operator console: run game functions, follow jobs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption connect(QStringLiteral("connect"),
                                     QApplication::translate("main", "Server address host:port "
                                                                     "(saved as a profile)."),
                                     QStringLiteral("address"));
    const QCommandLineOption ca(QStringLiteral("ca-file"),
                                QApplication::translate("main", "CA certificate (PEM) of that "
                                                                "server."),
                                QStringLiteral("file"));
    const QCommandLineOption name(QStringLiteral("profile"),
                                  QApplication::translate("main", "Name for the --connect "
                                                                  "profile (default: the "
                                                                  "address)."),
                                  QStringLiteral("name"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QApplication::translate("main", "User name to sign in with."),
                                  QStringLiteral("name"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QApplication::translate("main", "Sign in at once with the password in this file."),
        QStringLiteral("file"));
    parser.addOptions({connect, ca, name, user, passwordFile});
    parser.process(app);

    StartOptions options;
    if (parser.isSet(connect)) {
        croupier::client::ConnectionProfile p;
        p.address = parser.value(connect);
        p.name = parser.isSet(name) ? parser.value(name) : p.address;
        p.caFile = parser.value(ca);
        p.useSystemTrust = p.caFile.isEmpty();
        options.profile = p;
    }
    options.username = parser.value(user);
    if (parser.isSet(passwordFile)) {
        QFile file(parser.value(passwordFile));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "croupier-console: cannot read %s: %s\n",
                         qPrintable(file.fileName()), qPrintable(file.errorString()));
            std::exit(2);
        }
        options.password = QString::fromUtf8(file.readAll()).trimmed();
    }
    return options;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Croupier"));
    QApplication::setApplicationName(QStringLiteral("croupier-console"));
    QApplication::setApplicationVersion(QStringLiteral(CROUPIER_VERSION));
    loadTranslations(app);
    const StartOptions options = parseOptions(app);
    croupier::console::ConsoleApp console(croupier::client::TokenVault::withKeychain());
    console.start(options);
    return QApplication::exec();
}

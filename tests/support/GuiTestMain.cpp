// main() for Qt tests: a QApplication on the offscreen platform (unless QT_QPA_PLATFORM says
// otherwise), a private XDG_RUNTIME_DIR (mode 0700, as Qt requires) and a private settings
// location, so a test never reads or writes the user's real settings.
#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdlib>

int main(int argc, char** argv) {
    if (std::getenv("QT_QPA_PLATFORM") == nullptr) {
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    }
    QTemporaryDir home;
    if (!home.isValid()) {
        return 2;
    }
    const QString runtime = home.filePath(QStringLiteral("runtime"));
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    ::setenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit().constData(), 1);
    ::setenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit().constData(),
             1);
    ::setenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit().constData(), 1);
    // No QStandardPaths test mode: it maps every test process to the same ~/.qttest, so tests
    // running side by side (ctest -j) would share one settings file.
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Croupier"));
    QApplication::setApplicationName(QStringLiteral("croupier-console-test"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

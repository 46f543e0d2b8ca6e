#include "croupier/client/LocalServer.h"

#include "HealthProbe.h"

#include "croupier/client/ProfileStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#ifdef __linux__
#include <csignal>
#include <sys/prctl.h>
#endif

namespace croupier::client {
namespace {

using namespace std::chrono_literals;

constexpr int kTailLines = 20;
constexpr int kShownLines = 6;
constexpr auto kProbeDeadline = 1s;
constexpr auto kProbeInterval = 250ms;
constexpr int kTermGraceMs = 5000;

// A TCP port on 127.0.0.1 that is free right now (0 when none could be found).
int freeLoopbackPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) {
        return 0;
    }
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
        port = ntohs(addr.sin_port);
    }
    ::close(fd);
    return port;
}

bool isExecutable(const QString& path) {
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

} // namespace

LocalServer::LocalServer(QObject* parent) : QObject(parent) {}

LocalServer::~LocalServer() {
    m_probe.reset();
    if (m_process == nullptr) {
        return;
    }
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        // The console is quitting: give the server its clean shutdown, but do not hang.
        m_process->terminate();
        if (!m_process->waitForFinished(kTermGraceMs)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
}

QString LocalServer::findServerBinary() {
    const QString name = QStringLiteral("croupier-server");
    const QDir dir(QCoreApplication::applicationDirPath());
    for (const QString& candidate :
         {dir.filePath(name), dir.filePath(QStringLiteral("../server/") + name),
          dir.filePath(QStringLiteral("../../server/") + name),
          dir.filePath(QStringLiteral("../libexec/croupier/") + name)}) {
        if (isExecutable(candidate)) {
            return QDir::cleanPath(candidate);
        }
    }
    return QStandardPaths::findExecutable(name);
}

QString LocalServer::defaultDataDir() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("local-server"));
}

QString LocalServer::address() const {
    return m_port == 0 ? QString() : QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QString LocalServer::caFile() const {
    return QDir(m_dataDir).filePath(QStringLiteral("pki/ca.crt"));
}

ConnectionProfile LocalServer::profile() const {
    ConnectionProfile p = ProfileStore::localProfile();
    p.address = address();
    p.caFile = caFile();
    return p;
}

void LocalServer::setStatus(Status status) {
    if (m_status != status) {
        m_status = status;
        emit statusChanged(status);
    }
}

void LocalServer::fail(const QString& error) {
    m_probe.reset();
    m_error = error;
    setStatus(Status::Failed);
    emit failed(error);
}

void LocalServer::start() {
    if (m_status == Status::Starting || m_status == Status::Running) {
        return;
    }
    if (m_binary.isEmpty()) {
        m_binary = findServerBinary();
    }
    if (m_binary.isEmpty() || !isExecutable(m_binary)) {
        fail(tr("The bundled croupier-server was not found beside the console or on PATH."));
        return;
    }
    if (m_dataDir.isEmpty()) {
        m_dataDir = defaultDataDir();
    }
    m_error.clear();
    m_stderrTail.clear();
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    setStatus(Status::Starting);
    if (QFile::exists(QDir(m_dataDir).filePath(QStringLiteral("pki/ca.key")))) {
        runServe();
    } else {
        runInit();
    }
}

void LocalServer::runInit() {
    emit progress(tr("Creating the local server's data in %1…").arg(m_dataDir));
    QDir().mkpath(m_dataDir);
    auto* init = new QProcess(this);
    connect(init, &QProcess::finished, this, [this, init](int exitCode, QProcess::ExitStatus s) {
        init->deleteLater();
        const QString out = QString::fromUtf8(init->readAllStandardOutput());
        const QString err = QString::fromUtf8(init->readAllStandardError());
        if (s != QProcess::NormalExit || exitCode != 0) {
            m_stderrTail = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(0, kTailLines);
            fail(tr("Setting up the local server failed (exit code %1).").arg(exitCode) +
                 QLatin1Char('\n') + m_stderrTail.mid(0, kShownLines).join(QLatin1Char('\n')));
            return;
        }
        static const QRegularExpression password(QStringLiteral("admin password\\s+(\\S+)"));
        if (auto match = password.match(out); match.hasMatch()) {
            m_adminPassword = match.captured(1);
            emit adminPasswordCreated(m_adminPassword);
        }
        runServe();
    });
    connect(init, &QProcess::errorOccurred, this, [this, init](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            init->deleteLater();
            fail(tr("Cannot run %1: %2").arg(m_binary, init->errorString()));
        }
    });
    init->start(m_binary, {QStringLiteral("init"), QStringLiteral("--data-dir"), m_dataDir});
}

void LocalServer::runServe() {
    QFile ca(caFile());
    if (!ca.open(QIODevice::ReadOnly)) {
        fail(tr("Cannot read the local server's CA certificate %1.").arg(caFile()));
        return;
    }
    const QByteArray caPem = ca.readAll();
    m_port = freeLoopbackPort();
    if (m_port == 0) {
        fail(tr("No free port on 127.0.0.1 for the local server."));
        return;
    }
    emit progress(tr("Starting the local server on %1…").arg(address()));
    if (m_process != nullptr) {
        m_process->disconnect(this);
        delete m_process; // a previous run's process (kills it if still running)
    }
    m_process = new QProcess(this);
#ifdef __linux__
    // If the console dies without stopping it, the server still gets its SIGTERM.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_process, &QProcess::readyReadStandardError, this, &LocalServer::onStderr);
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus s) {
                onServeFinished(s == QProcess::NormalExit ? exitCode : -1);
            });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            fail(tr("Cannot run %1: %2").arg(m_binary, m_process->errorString()));
        }
    });
    m_process->start(m_binary, {QStringLiteral("serve"), QStringLiteral("--data-dir"), m_dataDir,
                                QStringLiteral("--listen"), address()});
    m_probe = std::make_unique<HealthProbe>(this, address(), caPem.toStdString());
    probe();
}

void LocalServer::probe() {
    if (m_status != Status::Starting || !m_probe) {
        return;
    }
    if (QDateTime::currentMSecsSinceEpoch() - m_startedAtMs > m_startTimeout.count()) {
        fail(tr("The local server did not become ready within %1 s.")
                 .arg(m_startTimeout.count() / 1000));
        terminate();
        return;
    }
    m_probe->check(kProbeDeadline, [this](bool serving) {
        if (m_status != Status::Starting) {
            return;
        }
        if (serving) {
            m_probe.reset();
            setStatus(Status::Running);
            emit progress(tr("The local server is running on %1.").arg(address()));
            emit ready(profile());
            return;
        }
        QTimer::singleShot(kProbeInterval, this, &LocalServer::probe);
    });
}

void LocalServer::onStderr() {
    m_stderrPartial += m_process->readAllStandardError();
    qsizetype newline = 0;
    while ((newline = m_stderrPartial.indexOf('\n')) >= 0) {
        m_stderrTail.append(QString::fromUtf8(m_stderrPartial.left(newline)));
        m_stderrPartial.remove(0, newline + 1);
        if (m_stderrTail.size() > kTailLines) {
            m_stderrTail.removeFirst();
        }
    }
}

QString LocalServer::exitText(int exitCode) const {
    QString text = exitCode < 0 ? tr("The local server crashed.")
                                : tr("The local server exited with code %1.").arg(exitCode);
    const QStringList lines = m_stderrTail.mid(std::max<qsizetype>(0, m_stderrTail.size() -
                                                                          kShownLines));
    if (!lines.isEmpty()) {
        text += QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    return text;
}

void LocalServer::onServeFinished(int exitCode) {
    onStderr();
    if (m_status == Status::Stopping || m_status == Status::Failed) {
        if (m_status == Status::Stopping) {
            setStatus(Status::Stopped);
        }
        emit stopped();
        return;
    }
    fail(exitText(exitCode));
}

void LocalServer::stop() {
    m_probe.reset();
    if (m_process == nullptr || m_process->state() == QProcess::NotRunning) {
        if (m_status != Status::Failed) {
            setStatus(Status::Stopped);
        }
        return;
    }
    setStatus(Status::Stopping);
    terminate();
}

void LocalServer::terminate() {
    if (m_process == nullptr || m_process->state() == QProcess::NotRunning) {
        return;
    }
    m_process->terminate();
    QTimer::singleShot(kTermGraceMs, m_process, [process = m_process] {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
        }
    });
}

} // namespace croupier::client

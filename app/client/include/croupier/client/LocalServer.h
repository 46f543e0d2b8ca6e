#pragma once
// LocalServer: the bundled croupier-server behind the built-in "Local server" profile. start()
// finds the binary (beside the console, ../server/ in a build tree, else on PATH), runs
// `croupier-server init` once when its data dir is new (keeping the admin password it prints
// once, so the UI can show it), then `serve` on 127.0.0.1 with a free port, and waits until
// the server answers a TLS health check. stop() sends SIGTERM, then kills after 5 s; the
// destructor does the same (blocking at most that long: it runs when the console quits).
// Progress and failures arrive as signals with human text (binary not found; exited with code
// N and its last stderr lines; timed out). GUI thread; owns the QProcess.

#include "croupier/client/ConnectionProfile.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

class QProcess;

namespace croupier::client {

class HealthProbe;

class LocalServer : public QObject {
    Q_OBJECT
public:
    enum class Status { Stopped, Starting, Running, Stopping, Failed };
    Q_ENUM(Status)

    explicit LocalServer(QObject* parent = nullptr);
    ~LocalServer() override;

    // Defaults: the binary found as above; data dir AppDataLocation/local-server; 20 s to
    // become healthy.
    void setServerBinary(const QString& path) { m_binary = path; }
    void setDataDir(const QString& dir) { m_dataDir = dir; }
    void setStartTimeout(std::chrono::milliseconds timeout) { m_startTimeout = timeout; }

    // Where the bundled binary is, or "" when it cannot be found.
    static QString findServerBinary();
    static QString defaultDataDir();

    void start();
    void stop();

    Status status() const { return m_status; }
    QString errorText() const { return m_error; }
    // The profile to connect with once Running: 127.0.0.1:PORT and the data dir's CA.
    ConnectionProfile profile() const;
    QString address() const;
    QString caFile() const;
    QString dataDir() const { return m_dataDir; }
    // The admin password `init` printed (only after this start created the data dir).
    QString initialAdminPassword() const { return m_adminPassword; }
    QStringList lastErrorLines() const { return m_stderrTail; }

signals:
    void statusChanged(croupier::client::LocalServer::Status status);
    void progress(const QString& message);
    void ready(const croupier::client::ConnectionProfile& profile);
    void failed(const QString& error);
    void adminPasswordCreated(const QString& password);
    void stopped();

private:
    void setStatus(Status status);
    void fail(const QString& error);
    void runInit();
    void onInitFinished(int exitCode);
    void runServe();
    void onServeFinished(int exitCode);
    void onStderr();
    void probe();
    void terminate();
    QString exitText(int exitCode) const;

    QString m_binary;
    QString m_dataDir;
    std::chrono::milliseconds m_startTimeout{20'000};
    Status m_status = Status::Stopped;
    QString m_error;
    QString m_adminPassword;
    int m_port = 0;
    QStringList m_stderrTail;
    QByteArray m_stderrPartial;
    QProcess* m_process = nullptr;
    std::unique_ptr<HealthProbe> m_probe;
    qint64 m_startedAtMs = 0;
};

} // namespace croupier::client

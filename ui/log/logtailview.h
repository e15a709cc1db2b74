#pragma once

#include <QPlainTextEdit>
#include <QStringDecoder>

class QTimer;

namespace BuildDeck::Ui {

// A build's log as plain text, read from its file and followed while the build runs: new output is
// read four times a second and appended in one piece; the view stays at the end while the user is
// there. Escape sequences are left out and a carriage return starts its line afresh, as a terminal
// shows it. Only the last few megabytes of a long log are loaded, and a build printing faster than
// the view can follow has its output skipped to keep up (the gigabyte viewer is the log view's own
// work).
class LogTailView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogTailView)

public:
    static constexpr qint64 loadLimit = 8 * 1024 * 1024; // of a log when it is opened
    static constexpr qint64 followLimit = 256 * 1024;    // new output read at once while following
    static constexpr int maximumLines = 200000;          // kept in the view; older lines leave it

    explicit LogTailView(QWidget *parent = nullptr);

    // Shows the log at `path`, following it while `live`.
    void setFile(const QString &path, bool live);
    // The build ended: reads what is left and stops following.
    void finish();
    const QString &path() const { return m_path; }

    // `raw` without escape sequences, carriage-return overwrites collapsed (for complete lines).
    static QString plainText(const QString &raw);

Q_SIGNALS:
    // New text was appended.
    void appended();

private:
    // Reads what the file has beyond what is shown; when that is more than `limit`, only its end.
    void readMore(qint64 limit);

    QString m_path;
    qint64 m_offset = 0;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_partialLine; // output after the last newline, shown once its line ends
    QTimer *m_poll;
};

} // namespace BuildDeck::Ui

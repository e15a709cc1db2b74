#include "logtailview.h"

#include <QFile>
#include <QFontDatabase>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTimer>

namespace BuildDeck::Ui {

LogTailView::LogTailView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("logView"));
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setUndoRedoEnabled(false);
    setMaximumBlockCount(maximumLines);
    m_poll->setInterval(250);
    connect(m_poll, &QTimer::timeout, this, [this] { readMore(followLimit); });
}

void LogTailView::setFile(const QString &path, bool live)
{
    m_poll->stop();
    clear();
    m_path = path;
    m_offset = 0;
    m_decoder.resetState();
    m_partialLine.clear();
    const qint64 size = QFile(path).size();
    if (size > loadLimit) {
        m_offset = size - loadLimit;
        appendPlainText(tr("[Earlier output is not shown here; the whole log is %1]").arg(path));
    }
    readMore(loadLimit);
    if (live)
        m_poll->start();
}

void LogTailView::finish()
{
    readMore(loadLimit);
    m_poll->stop();
    if (!m_partialLine.isEmpty()) {
        moveCursor(QTextCursor::End);
        insertPlainText(plainText(std::exchange(m_partialLine, {})));
    }
}

QString LogTailView::plainText(const QString &raw)
{
    // CSI (colours, cursor moves), OSC (titles, links) and the two-byte escapes.
    static const QRegularExpression escapes(
        QStringLiteral("\\x1b\\[[0-?]*[ -/]*[@-~]|\\x1b\\][^\\x07\\x1b]*(?:\\x07|\\x1b\\\\)?|\\x1b[@-Z\\\\-_]"));
    QString text = raw;
    text.remove(escapes);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (!text.contains(QLatin1Char('\r')))
        return text;
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.mid(line.lastIndexOf(QLatin1Char('\r')) + 1);
    return lines.join(QLatin1Char('\n'));
}

void LogTailView::readMore(qint64 limit)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || file.size() <= m_offset)
        return;
    // A build printing faster than a view can show is followed at its end: what is skipped is in
    // the file.
    if (file.size() - m_offset > limit) {
        const qint64 skipped = file.size() - limit - m_offset;
        m_offset = file.size() - limit;
        m_decoder.resetState();
        m_partialLine.clear();
        moveCursor(QTextCursor::End);
        insertPlainText(tr("\n[%1 MB of output skipped here to keep up; the whole log is %2]\n")
                            .arg(double(skipped) / 1e6, 0, 'f', 1)
                            .arg(m_path));
    }
    file.seek(m_offset);
    const QByteArray bytes = file.read(file.size() - m_offset);
    m_offset += bytes.size();
    QString text = m_partialLine + QString(m_decoder.decode(bytes));
    const qsizetype lastNewline = text.lastIndexOf(QLatin1Char('\n'));
    m_partialLine = text.mid(lastNewline + 1);
    text.truncate(lastNewline + 1);
    if (text.isEmpty())
        return;
    QScrollBar *bar = verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum();
    const int kept = bar->value();
    moveCursor(QTextCursor::End);
    insertPlainText(plainText(text));
    if (atEnd)
        bar->setValue(bar->maximum());
    else
        bar->setValue(kept);
    Q_EMIT appended();
}

} // namespace BuildDeck::Ui

#include "yamldocument.h"

#include <QHash>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <unordered_map>

namespace BuildDeck::Spec {

const YamlEntry *YamlNode::entry(const QString &key) const
{
    for (const YamlEntry &candidate : entries) {
        if (candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

namespace {

// Stops the parse from inside an event handler; caught in YamlDocument::parse.
struct AbortParse
{
    Issue issue;
};

Issue makeIssue(Issue::Severity severity, const QString &code, const QString &message, int line, int column,
                const QString &suggestion = {})
{
    Issue issue;
    issue.severity = severity;
    issue.code = code;
    issue.message = message;
    issue.line = line;
    issue.column = column;
    issue.suggestion = suggestion;
    return issue;
}

// The 1-based line and column of a byte offset.
QPair<int, int> positionOf(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size()) + 1};
}

// The offset of the first byte that is not part of valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.constData());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        int length = 0;
        quint32 minimum = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        quint32 codePoint = lead & (0xFF >> (length + 1));
        for (int k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

// yaml-cpp's messages, said the way a buildspec author understands them.
QString explainSyntaxError(const std::string &message)
{
    const QString raw = QString::fromStdString(message);
    if (raw == QLatin1String(YAML::ErrorMsg::MAP_VALUE))
        return YamlDocument::tr(
            "a ':' is not allowed here; if this is a command or a value that contains ': ', put it in "
            "quotes");
    if (raw == QLatin1String(YAML::ErrorMsg::END_OF_MAP) || raw == QLatin1String(YAML::ErrorMsg::END_OF_SEQ))
        return YamlDocument::tr("the indentation does not line up with the lines above; indent each key of a "
                                "mapping, and each '- ' of a list, by the same number of spaces");
    if (raw == QLatin1String(YAML::ErrorMsg::END_OF_MAP_FLOW))
        return YamlDocument::tr("a '{' is not closed by a '}'");
    if (raw == QLatin1String(YAML::ErrorMsg::END_OF_SEQ_FLOW))
        return YamlDocument::tr("a '[' is not closed by a ']'");
    if (raw == QLatin1String(YAML::ErrorMsg::EOF_IN_SCALAR))
        return YamlDocument::tr("a quoted value is not closed before the end of the file");
    if (raw == QLatin1String(YAML::ErrorMsg::UNKNOWN_ANCHOR))
        return YamlDocument::tr("the alias refers to an anchor (&name) that is not defined before it");
    if (raw == QLatin1String(YAML::ErrorMsg::BLOCK_ENTRY))
        return YamlDocument::tr("a list item '- ' is not allowed here; check its indentation");
    if (raw == QLatin1String(YAML::ErrorMsg::MAP_KEY))
        return YamlDocument::tr("a key is not allowed here; check the indentation");
    if (raw == QLatin1String("bad file"))
        return YamlDocument::tr("the YAML parser cannot read this file; it is not YAML or is nested far too deeply");
    if (raw.startsWith(QLatin1String("depth of")) || raw.contains(QLatin1String("recursion")))
        return YamlDocument::tr("the document is nested too deeply");
    return YamlDocument::tr("invalid YAML: %1").arg(raw);
}

} // namespace

// Builds YamlNodes from yaml-cpp's parse events, keeping scalars as written.
class YamlEventBuilder final : public YAML::EventHandler
{
public:
    YamlEventBuilder(YamlDocument &document, const QByteArray &text)
        : m_document(document)
        , m_text(text)
    {
    }

    YamlNodePtr root() const { return m_root; }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        auto node = newNode(YamlNode::Kind::Null, mark);
        placeEmptyNode(*node, mark);
        add(node, anchor, 1);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto found = m_anchors.find(anchor);
        if (found == m_anchors.end())
            throw AbortParse{makeIssue(Issue::Severity::Error, QStringLiteral("yaml-syntax"),
                                       YamlDocument::tr("the alias refers to an anchor that is not defined"),
                                       mark.line + 1, mark.column + 1)};
        for (const Frame &frame : m_stack) {
            if (frame.node == found->second.node)
                throw AbortParse{makeIssue(Issue::Severity::Error, QStringLiteral("yaml-syntax"),
                                           YamlDocument::tr("the alias refers to the node that contains it, which "
                                                            "would repeat forever"),
                                           mark.line + 1, mark.column + 1)};
        }
        add(found->second.node, 0, found->second.expandedSize, mark);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        auto node = newNode(YamlNode::Kind::Scalar, mark);
        node->text = QString::fromStdString(value);
        node->plain = tag == "?"; // yaml-cpp tags plain scalars "?" and quoted or block scalars "!"
        add(node, anchor, 1);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(newNode(YamlNode::Kind::Sequence, mark), anchor);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(newNode(YamlNode::Kind::Mapping, mark), anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame
    {
        std::shared_ptr<YamlNode> node;
        YAML::anchor_t anchor = 0;
        quint64 expandedSize = 1;
        bool expectingKey = true;
        YamlEntry pendingKey;
        QHash<QString, int> keyLines;
    };
    struct Anchored
    {
        YamlNodePtr node;
        quint64 expandedSize = 1;
    };

    static std::shared_ptr<YamlNode> newNode(YamlNode::Kind kind, const YAML::Mark &mark)
    {
        auto node = std::make_shared<YamlNode>();
        node->kind = kind;
        node->line = mark.line + 1;
        node->column = mark.column + 1;
        return node;
    }

    void open(std::shared_ptr<YamlNode> node, YAML::anchor_t anchor)
    {
        m_stack.push_back(Frame{std::move(node), anchor, 1, true, {}, {}});
    }

    void close()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        add(frame.node, frame.anchor, frame.expandedSize);
    }

    void add(const YamlNodePtr &node, YAML::anchor_t anchor, quint64 expandedSize, const YAML::Mark &mark = {})
    {
        if (anchor != 0)
            m_anchors[anchor] = Anchored{node, expandedSize};
        m_total = saturatingAdd(m_total, expandedSize);
        if (m_total > YamlDocument::maxExpandedNodes) {
            throw AbortParse{makeIssue(
                Issue::Severity::Error, QStringLiteral("yaml-syntax"),
                YamlDocument::tr("aliases expand this document to more than %1 nodes, far more than any buildspec "
                                 "needs; remove the nested aliases")
                    .arg(YamlDocument::maxExpandedNodes),
                node->line ? node->line : mark.line + 1, node->line ? node->column : mark.column + 1)};
        }
        if (m_stack.empty()) {
            m_root = node;
            return;
        }
        Frame &parent = m_stack.back();
        parent.expandedSize = saturatingAdd(parent.expandedSize, expandedSize);
        if (parent.node->kind == YamlNode::Kind::Sequence) {
            parent.node->items.append(node);
            return;
        }
        if (parent.expectingKey) {
            if (node->kind == YamlNode::Kind::Sequence || node->kind == YamlNode::Kind::Mapping) {
                throw AbortParse{makeIssue(Issue::Severity::Error, QStringLiteral("yaml-syntax"),
                                           YamlDocument::tr("a key must be a plain name, not a list or a mapping"),
                                           node->line, node->column)};
            }
            parent.pendingKey = YamlEntry{node->text, node->line, node->column, nullptr};
            parent.expectingKey = false;
            return;
        }
        parent.expectingKey = true;
        YamlEntry entry = std::move(parent.pendingKey);
        entry.value = node;
        const auto seen = parent.keyLines.constFind(entry.key);
        if (seen != parent.keyLines.cend()) {
            m_document.m_issues.append(makeIssue(
                Issue::Severity::Error, QStringLiteral("duplicate-key"),
                YamlDocument::tr("'%1' is defined twice in the same mapping (first at line %2); YAML keeps only one of "
                                 "them")
                    .arg(entry.key)
                    .arg(*seen),
                entry.line, entry.column,
                YamlDocument::tr("merge the two '%1' entries into one, or fix the indentation").arg(entry.key)));
            return;
        }
        parent.keyLines.insert(entry.key, entry.line);
        parent.node->entries.append(std::move(entry));
    }

    // yaml-cpp marks an empty value where the next token starts, often on the next line. Put it
    // right after the '-' or ':' that introduced it instead.
    void placeEmptyNode(YamlNode &node, const YAML::Mark &mark) const
    {
        qsizetype at = std::min<qsizetype>(mark.pos, m_text.size()) - 1;
        int line = mark.line + 1;
        while (at >= 0 &&
               (m_text.at(at) == ' ' || m_text.at(at) == '\t' || m_text.at(at) == '\n' || m_text.at(at) == '\r')) {
            if (m_text.at(at) == '\n')
                --line;
            --at;
        }
        if (at < 0 || (m_text.at(at) != '-' && m_text.at(at) != ':'))
            return;
        const qsizetype lineStart = m_text.lastIndexOf('\n', at) + 1;
        node.line = line;
        node.column = int(QString::fromUtf8(m_text.mid(lineStart, at - lineStart)).size()) + 2;
    }

    static quint64 saturatingAdd(quint64 a, quint64 b)
    {
        return a > std::numeric_limits<quint64>::max() - b ? std::numeric_limits<quint64>::max() : a + b;
    }

    YamlDocument &m_document;
    const QByteArray &m_text;
    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, Anchored> m_anchors;
    YamlNodePtr m_root;
    quint64 m_total = 0;
};

// Receives a second document only to learn that there is one.
class IgnoringHandler final : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override {}
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

YamlDocument YamlDocument::parse(const QByteArray &text)
{
    YamlDocument document;
    const auto fail = [&document](const Issue &issue) {
        document.m_issues.append(issue);
        document.m_failed = true;
        document.m_root.reset();
        return document;
    };

    if (text.size() > maxBytes) {
        return fail(makeIssue(Issue::Severity::Error, QStringLiteral("too-large"),
                              tr("the file is %1 MB; a buildspec can be at most %2 MB")
                                  .arg(double(text.size()) / (1024 * 1024), 0, 'f', 1)
                                  .arg(maxBytes / (1024 * 1024)),
                              1, 1, tr("check that this is the buildspec and not a log or a binary file")));
    }
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0) {
        const auto [line, column] = positionOf(text, nul);
        return fail(makeIssue(Issue::Severity::Error, QStringLiteral("encoding"),
                              tr("the file contains a NUL byte, so it is not a text file"), line, column));
    }
    if (const qsizetype bad = firstInvalidUtf8(text); bad >= 0) {
        const auto [line, column] = positionOf(text, bad);
        return fail(
            makeIssue(Issue::Severity::Error, QStringLiteral("encoding"),
                      tr("the file is not valid UTF-8 (byte 0x%1)").arg(quint8(text.at(bad)), 2, 16, QLatin1Char('0')),
                      line, column, tr("save the file as UTF-8")));
    }

    std::istringstream stream(text.toStdString());
    try {
        YAML::Parser parser(stream);
        YamlEventBuilder builder(document, text);
        parser.HandleNextDocument(builder);
        document.m_root = builder.root();
        IgnoringHandler ignore;
        if (document.m_root && parser.HandleNextDocument(ignore)) {
            document.m_issues.append(makeIssue(Issue::Severity::Warning, QStringLiteral("multiple-documents"),
                                               tr("the file holds more than one YAML document; only the first is "
                                                  "used"),
                                               1, 1, tr("remove the '---' lines after the first document")));
        }
    } catch (const AbortParse &abort) {
        return fail(abort.issue);
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() ? 1 : e.mark.line + 1;
        const int column = e.mark.is_null() ? 1 : e.mark.column + 1;
        QString suggestion;
        const QList<QByteArray> lines = text.split('\n');
        for (int i = std::max(0, line - 2); i < std::min<int>(int(lines.size()), line + 1); ++i) {
            const QByteArray &candidate = lines.at(i);
            qsizetype indent = 0;
            while (indent < candidate.size() && (candidate.at(indent) == ' ' || candidate.at(indent) == '\t'))
                ++indent;
            if (candidate.left(indent).contains('\t')) {
                suggestion = tr("line %1 is indented with a tab; YAML allows only spaces for indentation").arg(i + 1);
                break;
            }
        }
        return fail(makeIssue(Issue::Severity::Error, QStringLiteral("yaml-syntax"), explainSyntaxError(e.msg), line,
                              column, suggestion));
    } catch (const std::exception &e) {
        return fail(makeIssue(Issue::Severity::Error, QStringLiteral("yaml-syntax"),
                              tr("the YAML parser failed: %1").arg(QString::fromLocal8Bit(e.what())), 1, 1));
    }
    return document;
}

} // namespace BuildDeck::Spec

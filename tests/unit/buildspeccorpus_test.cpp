#include "buildspecfixtures.h"
#include "stringmakers.h"

#include "buildspec/buildspecparser.h"
#include "buildspec/buildspecwriter.h"

#include <QHash>

using namespace BuildDeck;
using namespace BuildDeck::Spec;

namespace {

struct CorpusEntry
{
    QString file;
    QString valid; // yes, no or unsure
};

QList<CorpusEntry> corpusEntries(const QString &corpus)
{
    QList<CorpusEntry> entries;
    const QList<QByteArray> lines = readFile(corpus + QStringLiteral("/buildspecs/MANIFEST.tsv")).split('\n');
    const QList<QByteArray> header = lines.value(0).split('\t');
    const qsizetype fileColumn = header.indexOf("file");
    const qsizetype validColumn = header.indexOf("valid");
    REQUIRE(fileColumn >= 0);
    REQUIRE(validColumn >= 0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> columns = lines.at(i).split('\t');
        if (columns.size() > validColumn)
            entries.append({QString::fromUtf8(columns.at(fileColumn)), QString::fromUtf8(columns.at(validColumn))});
    }
    return entries;
}

// Where each invalid file of the corpus goes wrong, read from the files themselves.
const QHash<QString, QString> &invalidAt()
{
    static const QHash<QString, QString> table{
        {QStringLiteral("007"), QStringLiteral("1:10 bad-value")},       // version: 0.0
        {QStringLiteral("008"), QStringLiteral("16:2 yaml-syntax")},     // an unterminated quote swallows 'artifacts:'
        {QStringLiteral("009"), QStringLiteral("3:1 version-mismatch")}, // 0.1's environment_variables in 0.2
        {QStringLiteral("038"), QStringLiteral("1:1 missing-required")}, // no version
        {QStringLiteral("042"), QStringLiteral("6:1 misplaced-key")},    // build-matrix outside batch
        {QStringLiteral("052"), QStringLiteral("20:5 duplicate-key")},   // post_build indented into build
        {QStringLiteral("064"), QStringLiteral("18:1 wrong-type")},      // a line-wrapped report group ARN
        {QStringLiteral("071"), QStringLiteral("9:5 duplicate-key")},    // the reference's syntax skeleton
        {QStringLiteral("075"), QStringLiteral("35:9 wrong-type")},      // a command YAML reads as a mapping
        {QStringLiteral("076"), QStringLiteral("25:9 yaml-syntax")},     // a block scalar dedented
    };
    return table;
}

} // namespace

TEST_CASE("The corpus of real buildspecs: valid files have no error, invalid ones an error at the right line",
          "[buildspec][corpus]")
{
    const QString corpus = corpusDir();
    if (corpus.isEmpty())
        return;
    const QList<CorpusEntry> entries = corpusEntries(corpus);
    REQUIRE(entries.size() >= 80);
    int invalidSeen = 0;
    for (const CorpusEntry &entry : entries) {
        INFO(entry.file.toStdString());
        const BuildSpecReading reading =
            BuildSpecParser::read(readFile(corpus + QStringLiteral("/buildspecs/") + entry.file));
        QStringList errors;
        for (const Issue &issue : reading.issues) {
            if (issue.isError())
                errors.append(QStringLiteral("%1:%2 %3").arg(issue.line).arg(issue.column).arg(issue.code));
        }
        if (entry.valid == QStringLiteral("yes")) {
            CHECK(errors == QStringList{});
        } else if (entry.valid == QStringLiteral("no")) {
            ++invalidSeen;
            const QString where = invalidAt().value(entry.file.left(3));
            INFO("errors: " << errors.join(QStringLiteral("; ")).toStdString());
            REQUIRE_FALSE(where.isEmpty());
            CHECK(errors.contains(where));
        }
    }
    CHECK(invalidSeen == invalidAt().size());
}

TEST_CASE("Every corpus buildspec without errors survives writing and reading back", "[buildspec][corpus]")
{
    const QString corpus = corpusDir();
    if (corpus.isEmpty())
        return;
    int roundTrips = 0;
    for (const CorpusEntry &entry : corpusEntries(corpus)) {
        const BuildSpecReading original =
            BuildSpecParser::read(readFile(corpus + QStringLiteral("/buildspecs/") + entry.file));
        if (original.hasErrors())
            continue;
        const QByteArray written = BuildSpecWriter::write(original.spec);
        const BuildSpecReading again = BuildSpecParser::read(written);
        INFO(entry.file.toStdString() << "\n" << written.toStdString());
        CHECK_FALSE(again.hasErrors());
        CHECK(again.spec == original.spec);
        ++roundTrips;
    }
    CHECK(roundTrips >= 70);
}

#include "buildspecfixtures.h"
#include "stringmakers.h"

#include "buildspec/buildspecparser.h"

#include <QRegularExpression>

using namespace BuildDeck;
using namespace BuildDeck::Spec;

// Each fixture in tests/data/buildspecs/invalid states the issues it must produce, one per line:
//   # expect: LINE:COL error|warning CODE [text the suggestion must contain]
// and must produce exactly those, no more. Fixtures in valid/ must produce no error.

TEST_CASE("Valid buildspec fixtures have no errors", "[buildspec]")
{
    const QStringList files = filesIn(testDataDir() + QStringLiteral("/buildspecs/valid"), {QStringLiteral("*.yml")});
    REQUIRE(files.size() >= 4);
    for (const QString &file : files) {
        const BuildSpecReading reading = BuildSpecParser::read(readFile(file));
        QStringList errors;
        for (const Issue &issue : reading.issues) {
            if (issue.isError())
                errors.append(issue.toString());
        }
        INFO(file.toStdString());
        CHECK(errors == QStringList{});
    }
}

TEST_CASE("Invalid buildspec fixtures produce exactly the issues they state", "[buildspec]")
{
    static const QRegularExpression expectLine(
        QStringLiteral(R"(^# expect: (\d+):(\d+) (error|warning) ([a-z-]+)(?: (.+))?$)"),
        QRegularExpression::MultilineOption);
    const QStringList files = filesIn(testDataDir() + QStringLiteral("/buildspecs/invalid"), {QStringLiteral("*.yml")});
    REQUIRE(files.size() >= 15);
    for (const QString &file : files) {
        INFO(file.toStdString());
        const QByteArray text = readFile(file);
        QStringList expected;
        QList<QPair<QString, QString>> hints;
        auto matches = expectLine.globalMatch(QString::fromUtf8(text));
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            const QString key = QStringLiteral("%1:%2 %3 %4")
                                    .arg(match.captured(1), match.captured(2), match.captured(3), match.captured(4));
            expected.append(key);
            if (!match.captured(5).isEmpty())
                hints.append({key, match.captured(5)});
        }
        REQUIRE_FALSE(expected.isEmpty());

        const BuildSpecReading reading = BuildSpecParser::read(text);
        QStringList actual;
        for (const Issue &issue : reading.issues) {
            const QString key =
                QStringLiteral("%1:%2 %3 %4").arg(issue.line).arg(issue.column).arg(issue.severityName(), issue.code);
            actual.append(key);
            for (const auto &[hintKey, hint] : hints) {
                if (hintKey == key)
                    CHECK(issue.suggestion.contains(hint));
            }
            CHECK_FALSE(issue.message.isEmpty());
        }
        CHECK(actual == expected);
        CHECK(reading.hasErrors());
    }
}

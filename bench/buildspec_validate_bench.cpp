// Benchmark: reading and validating a large buildspec (issue target: 10,000 lines in < 50 ms).
// Prints one JSON object: lines, bytes, runs, median and spread in milliseconds.
//   bench_buildspec_validate [--lines N] [--runs N] [--quick]

#include "buildspec/buildspecparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <cstdio>

namespace {

// A realistic buildspec of about `lines` lines: variables, every phase with many commands
// (plain, quoted and block scalars), reports, artifacts and a cache.
QByteArray makeBuildspec(int lines)
{
    QByteArray text = "version: 0.2\nenv:\n  shell: bash\n  variables:\n";
    const int variables = lines / 20;
    for (int i = 0; i < variables; ++i)
        text += "    VAR_" + QByteArray::number(i) + ": \"value " + QByteArray::number(i) + "\"\n";
    text += "phases:\n";
    const int perPhase = (lines - variables - 40) / 4;
    for (const char *phase : {"install", "pre_build", "build", "post_build"}) {
        text += QByteArray("  ") + phase + ":\n    commands:\n";
        for (int i = 0; i < perPhase / 4; ++i) {
            text += "      - echo step " + QByteArray::number(i) + " of $CODEBUILD_BUILD_ID\n";
            text += "      - 'make target-" + QByteArray::number(i) + " FLAGS=\"-O2 -g\"'\n";
            text += "      - |\n        cd src/module" + QByteArray::number(i) + "\n";
        }
    }
    text += "reports:\n  unit:\n    files:\n      - \"**/*.xml\"\n    file-format: JUNITXML\n"
            "artifacts:\n  files:\n    - \"dist/**/*\"\n  discard-paths: no\n"
            "cache:\n  paths:\n    - /root/.m2/**/*\n";
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const bool quick = arguments.contains(QStringLiteral("--quick"));
    int lines = quick ? 500 : 10000;
    int runs = quick ? 3 : 31;
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QStringLiteral("--lines"))
            lines = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QStringLiteral("--runs"))
            runs = arguments.at(i + 1).toInt();
    }

    const QByteArray text = makeBuildspec(lines);
    QList<double> times;
    qsizetype issues = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const BuildDeck::Spec::BuildSpecReading reading = BuildDeck::Spec::BuildSpecParser::read(text);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        issues = reading.issues.size();
        if (reading.hasErrors()) {
            std::fprintf(stderr, "the generated buildspec has errors\n");
            return 1;
        }
    }
    std::sort(times.begin(), times.end());
    const QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("buildspec-validate")},
        {QStringLiteral("lines"), int(text.count('\n'))},
        {QStringLiteral("bytes"), int(text.size())},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("issues"), int(issues)},
        {QStringLiteral("medianMs"), times.at(times.size() / 2)},
        {QStringLiteral("minMs"), times.first()},
        {QStringLiteral("maxMs"), times.last()},
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}

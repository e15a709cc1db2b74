#pragma once

#include <QJsonObject>
#include <QList>

#include <algorithm>

// The median, fastest and slowest of a benchmark's runs, as bench/run.sh reads them.
inline QJsonObject summary(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    if (samples.isEmpty())
        return {};
    return {{QStringLiteral("median"), samples.at(samples.size() / 2)},
            {QStringLiteral("min"), samples.constFirst()},
            {QStringLiteral("max"), samples.constLast()},
            {QStringLiteral("runs"), int(samples.size())}};
}

#pragma once

#include "engine/buildstore.h"

#include <QDateTime>

// The history the GUI benchmarks start from: `count` finished builds of ten projects over the last
// month, every fifth failed.
inline bool fillHistory(BuildDeck::Engine::BuildStore &builds, int count)
{
    using namespace BuildDeck::Engine;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
    for (int i = 0; i < count; ++i) {
        BuildRecord draft;
        draft.projectName = QStringLiteral("project-%1").arg(i % 10);
        draft.startTime = start.addSecs(i * 60);
        draft.sourceVersion = QStringLiteral("commit-%1").arg(i);
        draft.phases = {{PhaseType::Submitted, Status::Succeeded, draft.startTime, draft.startTime, {}}};
        BuildDeck::Result<BuildRecord> created = builds.create(draft);
        if (!created)
            return false;
        created->complete(i % 5 ? Status::Succeeded : Status::Failed, draft.startTime.addSecs(42));
        if (!builds.save(*created))
            return false;
    }
    return true;
}

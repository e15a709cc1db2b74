#pragma once

#include "engine/buildrecord.h"

#include <QWidget>

namespace BuildDeck::Ui {

// How long a project's recent builds took: a bar per build, oldest on the left, coloured by its
// status; the tooltip names the build.
class DurationChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DurationChart)

public:
    static constexpr int maximumBars = 50;

    explicit DurationChart(QWidget *parent = nullptr);

    // The builds to show, newest first (as History lists them); the first maximumBars are drawn.
    void setBuilds(const QList<Engine::BuildRecord> &builds);
    int barCount() const { return int(m_builds.size()); }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF barRect(int index) const;

    QList<Engine::BuildRecord> m_builds; // oldest first
    qint64 m_longestMs = 1;
};

} // namespace BuildDeck::Ui

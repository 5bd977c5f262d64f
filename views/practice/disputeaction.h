#pragma once

#include "analysis/disputes.h"

#include <QAction>

class QAbstractItemView;

namespace faultless::model {
class ReviewDocument;
}

namespace faultless::views {

class DisputeMarkerDelegate;

// "Mark Uncertain or Disputed…" for a list of annotations or narrative steps. attach() adds it to
// the list's context menu (reachable with the Menu key) and makes the list's marked items stand
// out with a DisputeMarkerDelegate, so the lists that other panels own need one line to offer it.
// Edit > Mark Disputed… / Mark Uncertain… (installpractice.cpp) ask forWidget() first: while such
// a list has the keyboard focus they mark its current item instead of the current event.
class DisputeAction : public QAction
{
    Q_OBJECT
public:
    // The view's model gives the item id in ItemIdRole and its text in Qt::EditRole of
    // `textColumn`; the marker is drawn in `textColumn`.
    static DisputeAction *attach(model::ReviewDocument &document, model::Disputes::ItemType type,
        QAbstractItemView *view, int textColumn = 0);
    // The action of `widget` or of the item view it belongs to (nullptr when it has none).
    static DisputeAction *forWidget(QWidget *widget);

    model::Disputes::ItemType itemType() const { return m_type; }
    qint64 currentItem() const;
    // Opens the dispute dialog for the current item, `state` ("uncertain" or "disputed") chosen;
    // returns the new dispute's id, 0 when cancelled or nothing is current.
    qint64 markCurrent(const QString &state = QStringLiteral("disputed"));
    DisputeMarkerDelegate *marker() const { return m_marker; }

protected:
    bool event(QEvent *event) override;

private:
    DisputeAction(model::ReviewDocument &document, model::Disputes::ItemType type, QAbstractItemView *view,
        int textColumn);
    void retranslate();
    void updateEnabled();

    model::ReviewDocument &m_document;
    model::Disputes::ItemType m_type;
    QAbstractItemView *m_view;
    int m_textColumn;
    DisputeMarkerDelegate *m_marker = nullptr;
};

} // namespace faultless::views

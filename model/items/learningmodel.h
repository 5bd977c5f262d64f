#pragma once

#include "domain/sensemaking.h"

#include <QAbstractListModel>
#include <QList>

namespace faultless::model {

class ReviewDocument;

// One list of learnings of a review: "what surprised us" (kind "surprise") or "what helped"
// (kind "helped": mitigators, adaptive moves people made). Editing a row's text goes through
// commands::editLearning, so it is undoable like every other edit.
class LearningModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using Learning = model::Learning;

    LearningModel(ReviewDocument &document, const QString &kind, QObject *parent = nullptr);

    QString kind() const { return m_kind; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const Learning *learning(int row) const;
    int rowOfLearning(qint64 id) const;
    void reload();

private:
    ReviewDocument &m_document;
    QString m_kind;
    QList<Learning> m_learnings;
};

} // namespace faultless::model

#pragma once

#include "domain/source.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>

namespace faultless::model {

class ReviewDocument;
class ReviewStore;

// The sources of the open review (one row per imported file that was not removed): what the
// Sources panel lists with its counts, zone and clock offset.
class SourceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        FormatColumn,
        ZoneColumn,
        EventsColumn,
        RejectedColumn,
        OffsetColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    using Source = model::Source;
    using Reject = SourceReject;

    explicit SourceModel(ReviewDocument &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Source *source(int row) const;
    int rowOfSource(qint64 sourceId) const;
    void reload();

    static QList<Reject> firstRejects(const ReviewStore &store, qint64 sourceId, int limit = 20);
    // "+02:00:00", "-00:00:01.500000": signed, to the microsecond when needed.
    static QString formatOffset(qint64 offsetUs);

private:
    ReviewDocument &m_document;
    QList<Source> m_sources;
};

} // namespace faultless::model
